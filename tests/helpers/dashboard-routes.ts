import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Permission } from "@/lib/auth/roles";

const ROOT = path.resolve(import.meta.dirname, "../..");
const ADMIN = path.join(ROOT, "app/admin");

export interface DashboardFile {
  /** Path from the project root, e.g. app/admin/referrals/[id]/page.tsx */
  file: string;
  kind: "page" | "route" | "actions";
  /** The URL path, e.g. /admin/referrals/[id] */
  url: string;
  /** Under app/admin/(public): sign-in and its assets, which need no session. */
  isPublic: boolean;
  /** The permission named in the file's guard call, or null when there is none. */
  permission: Permission | null;
  source: string;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

const KIND: Record<string, DashboardFile["kind"]> = {
  "page.tsx": "page",
  "route.ts": "route",
  "actions.ts": "actions",
};
const GUARD: Record<DashboardFile["kind"], RegExp> = {
  page: /requireStaff\(\s*"([a-z:]+)"/,
  route: /staff(?:Download)?Route(?:<[^>]*>)?\(\s*"([a-z:]+)"/,
  actions: /staff(?:Result)?Action(?:<[^>]*>)?\(\s*"([a-z:]+)"/,
};

/** Every page, route handler and server-action module of the dashboard, found on disk. */
export function dashboardFiles(): DashboardFile[] {
  return walk(ADMIN)
    .filter((full) => KIND[path.basename(full)])
    .map((full) => {
      const kind = KIND[path.basename(full)]!;
      const relative = path.relative(ROOT, full);
      const url = `/${path
        .dirname(relative)
        .replace(/^app\//, "")
        .split(path.sep)
        .filter((s) => !/^\(.*\)$/.test(s))
        .join("/")}`;
      const source = readFileSync(full, "utf8");
      return {
        file: relative,
        kind,
        url,
        isPublic: relative.includes(`${path.sep}(public)${path.sep}`),
        permission: (source.match(GUARD[kind])?.[1] as Permission | undefined) ?? null,
        source,
      };
    })
    .sort((a, b) => a.file.localeCompare(b.file));
}

/**
 * A remark plugin that refuses MDX carrying code (security review L-7): content is written by
 * editors, not developers, so a page may use our components with plain string attributes and
 * nothing else. `import`/`export`, `{expressions}`, attribute expressions, <script>, <style>,
 * <iframe>, on* handlers and javascript: links each fail the build with the file's line, so no
 * script can reach a page the static Content-Security-Policy hashes.
 */
interface MdxNode {
  type: string;
  name?: string | null;
  value?: unknown;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdxNode[];
  position?: { start: { line: number } };
}

const CODE_NODES: Record<string, string> = {
  mdxjsEsm: "import or export",
  mdxFlowExpression: "a {…} expression",
  mdxTextExpression: "a {…} expression",
};
const FORBIDDEN_ELEMENTS = new Set(["script", "style", "iframe", "object", "embed"]);

export class MdxCodeError extends Error {}

export function mdxProblems(tree: MdxNode): string[] {
  const problems: string[] = [];
  const at = (node: MdxNode) => `line ${node.position?.start.line ?? "?"}`;
  const visit = (node: MdxNode) => {
    if (CODE_NODES[node.type]) problems.push(`${at(node)}: ${CODE_NODES[node.type]} is not allowed in content`);
    if (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") {
      if (node.name && FORBIDDEN_ELEMENTS.has(node.name.toLowerCase()))
        problems.push(`${at(node)}: <${node.name}> is not allowed in content`);
      for (const attribute of node.attributes ?? []) {
        if (attribute.type !== "mdxJsxAttribute" || typeof attribute.value === "object")
          problems.push(`${at(node)}: <${node.name ?? ""}> has an attribute expression; use a plain string`);
        else if (attribute.name && /^on/i.test(attribute.name))
          problems.push(`${at(node)}: <${node.name ?? ""}> has an event handler (${attribute.name})`);
        else if (typeof attribute.value === "string" && /^\s*javascript:/i.test(attribute.value))
          problems.push(`${at(node)}: <${node.name ?? ""}> has a javascript: address`);
      }
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return problems;
}

export function remarkWithoutCode() {
  return (tree: MdxNode) => {
    const problems = mdxProblems(tree);
    if (problems.length > 0) throw new MdxCodeError(problems.join("; "));
  };
}

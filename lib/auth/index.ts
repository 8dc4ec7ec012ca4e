export { staffAction, staffResultAction, type StaffAction } from "./action";
export { currentStaff, requireStaff, SIGN_IN_PATH, type StaffContext } from "./guard";
export { currentRequest } from "./request";
export { staffRoute } from "./route";
export { DOWNLOAD_REFUSED, staffDownloadRoute } from "./download-route";
export { PERMISSIONS, ROLE_LABELS, roleAllows, type Permission, type StaffRole } from "./roles";
export type { Staff } from "./session";

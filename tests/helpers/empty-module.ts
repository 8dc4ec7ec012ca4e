// Stands in for `server-only` outside Next.js, where every module is server code anyway.
export {};

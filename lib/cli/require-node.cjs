// Runs before anything else in `npm start` and `npm test`, on whatever Node is installed, so it
// is plain CommonJS with no dependencies. One clear line instead of a stack trace.
"use strict";
const [major, minor] = process.versions.node.split(".").map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `This service needs Node.js 22.12 or newer (24 LTS recommended); this is Node.js ${process.versions.node}, ` +
      "which is out of support. Install a current Node.js and try again.",
  );
  process.exit(1);
}

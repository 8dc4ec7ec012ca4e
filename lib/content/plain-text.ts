import "server-only";
import { createProcessor } from "@mdx-js/mdx";

interface Node {
  type: string;
  value?: string;
  children?: Node[];
}

// Blocks end a run of words; JSX and code carry no prose for a reader to search.
const blocks = new Set(["paragraph", "heading", "listItem", "tableCell", "blockquote", "mdxJsxFlowElement"]);
const skipped = new Set(["mdxjsEsm", "mdxFlowExpression", "mdxTextExpression", "code", "yaml"]);

const processor = createProcessor();

/** The words of an MDX body, one block per line, for the site search. */
export function plainText(mdx: string): string {
  const tree = processor.parse(mdx) as Node;
  const lines: string[] = [];
  let line = "";
  const visit = (node: Node) => {
    if (skipped.has(node.type)) return;
    if (node.type === "text" || node.type === "inlineCode") line += node.value ?? "";
    node.children?.forEach(visit);
    if (blocks.has(node.type) && line.trim()) {
      lines.push(line.replace(/\s+/g, " ").trim());
      line = "";
    }
  };
  visit(tree);
  return lines.join("\n");
}

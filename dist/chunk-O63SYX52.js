import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  outermost
} from "./chunk-X4QDXHRQ.js";

// src/parsers/wasm-location.ts
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
function locateWasm(fileName, packageSpecifier) {
  const besideBundle = fileURLToPath(new URL(`./${fileName}`, import.meta.url));
  if (existsSync(besideBundle)) return besideBundle;
  return createRequire(import.meta.url).resolve(packageSpecifier);
}

// src/parsers/python.ts
var QUERY = `
(import_statement) @import
(import_from_statement) @from
(comment) @comment
(string) @string
(function_definition name: (identifier) @name) @scope
(class_definition name: (identifier) @name) @scope
`;
var IMPORT_QUERY = `(import_statement) @import (import_from_statement) @from`;
var loading;
function loadParser() {
  loading ??= (async () => {
    const { Parser, Language, Query } = await import("./web-tree-sitter-7MQPM6NV.js");
    const runtimeWasm = locateWasm("web-tree-sitter.wasm", "web-tree-sitter/web-tree-sitter.wasm");
    await Parser.init({ locateFile: () => runtimeWasm });
    const language = await Language.load(
      locateWasm("tree-sitter-python.wasm", "tree-sitter-python/tree-sitter-python.wasm")
    );
    const parser = new Parser();
    parser.setLanguage(language);
    return { parser, query: new Query(language, QUERY), importQuery: new Query(language, IMPORT_QUERY) };
  })();
  return loading;
}
function regionOf(node) {
  return {
    line: node.startPosition.row + 1,
    column: node.startPosition.column + 1,
    endLine: node.endPosition.row + 1,
    endColumn: node.endPosition.column + 1
  };
}
var dotted = (text) => text.replace(/\s+/g, "");
function readImport(node, isFrom) {
  const names = [];
  let module = "";
  let level = 0;
  if (isFrom) {
    const moduleNode = node.childForFieldName("module_name");
    const written = dotted(moduleNode?.text ?? "");
    level = /^\.*/.exec(written)[0].length;
    module = written.slice(level);
    const prefix = module ? `${module}.` : "";
    for (const child of node.childrenForFieldName("name")) {
      const imported = child.type === "aliased_import" ? child.childForFieldName("name") : child;
      if (imported) names.push(prefix + dotted(imported.text));
    }
    if (node.namedChildren.some((c) => c?.type === "wildcard_import")) names.push(`${prefix}*`);
  } else {
    for (const child of node.childrenForFieldName("name")) {
      const imported = child.type === "aliased_import" ? child.childForFieldName("name") : child;
      if (imported) names.push(dotted(imported.text));
    }
    module = names[0] ?? "";
  }
  return { region: regionOf(node), module, level, names, isFrom };
}
function qualify(scopes) {
  const sorted = [...scopes].sort((a, b) => a.start - b.start || b.end - a.end);
  const stack = [];
  const out = [];
  for (const s of sorted) {
    while (stack.length && stack[stack.length - 1].end <= s.start) stack.pop();
    const parent = stack[stack.length - 1];
    const scope = { ...s, qualifiedName: parent ? `${parent.qualifiedName}.${s.name}` : s.name };
    out.push(scope);
    stack.push(scope);
  }
  return out;
}
async function withPythonTree(text, read) {
  const { parser } = await loadParser();
  const tree = parser.parse(text);
  if (!tree) throw new Error("tree-sitter returned no tree");
  try {
    return read(tree.rootNode);
  } finally {
    tree.delete();
  }
}
async function parsePythonImports(text) {
  const { importQuery } = await loadParser();
  return withPythonTree(text, (root) => ({
    imports: importQuery.matches(root).map((m) => readImport(m.captures[0].node, m.captures[0].name === "from")),
    hasSyntaxError: root.hasError
  }));
}
var parsedStatements = /* @__PURE__ */ new Map();
var MAX_PARSED_STATEMENTS = 4096;
function parseImportStatement(text) {
  let parsed = parsedStatements.get(text);
  if (!parsed) {
    if (parsedStatements.size >= MAX_PARSED_STATEMENTS) parsedStatements.clear();
    const own = flatCopy(text);
    parsed = withPythonTree(own, (root) => ({
      imports: root.namedChildren.filter((n) => n?.type === "import_statement" || n?.type === "import_from_statement").map((n) => readImport(n, n.type === "import_from_statement")),
      hasSyntaxError: root.hasError
    }));
    parsedStatements.set(own, parsed);
  }
  return parsed;
}
var flatCopy = (text) => Buffer.from(text, "utf16le").toString("utf16le");
async function parsePython(text) {
  const { query } = await loadParser();
  return withPythonTree(text, (root) => {
    const imports = [];
    const comments = [];
    const strings = [];
    const scopes = [];
    for (const match of query.matches(root)) {
      const main = match.captures.find((c) => c.name !== "name");
      if (!main) continue;
      const node = main.node;
      switch (main.name) {
        case "import":
          imports.push(readImport(node, false));
          break;
        case "from":
          imports.push(readImport(node, true));
          break;
        case "comment":
          comments.push([node.startIndex, node.endIndex]);
          break;
        case "string":
          strings.push([node.startIndex, node.endIndex]);
          break;
        case "scope": {
          const name = match.captures.find((c) => c.name === "name")?.node.text ?? "";
          scopes.push({ name, start: node.startIndex, end: node.endIndex });
          break;
        }
      }
    }
    return {
      imports,
      comments: outermost(comments),
      // Strings nest (f-string replacement fields may hold strings); the outer literal is what counts.
      strings: outermost(strings),
      scopes: qualify(scopes),
      hasSyntaxError: root.hasError
    };
  });
}

// src/regex-escape.ts
var escapeRegex = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export {
  escapeRegex,
  regionOf,
  withPythonTree,
  parsePythonImports,
  parseImportStatement,
  parsePython
};

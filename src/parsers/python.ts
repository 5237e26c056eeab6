// Python source, parsed with tree-sitter-python (WebAssembly). We need a real parser because the
// questions are syntactic: is this `flask` an import or a word in a docstring, which function body
// is this line in, where does a parenthesised multi-line import end. The parser is error-tolerant:
// a file with a syntax error still yields every statement it could recognise.
import type { Node, Parser as TSParser, Query as TSQuery } from 'web-tree-sitter';
import type { Region } from '../model.js';
import { outermost } from './line-index.js';
import { locateWasm } from './wasm-location.js';

/** One import statement. `names` are the dotted names it brings in, e.g. `from a import b` -> `a.b`. */
export interface PythonImport {
  region: Region;
  /** The imported module as written, without leading dots (`werkzeug.serving`; '' for `from . import x`). */
  module: string;
  /** Number of leading dots of a relative import (0 for absolute). */
  level: number;
  /** For `import a.b`: ['a.b']; for `from a import b, c`: ['a.b', 'a.c']; for `from a import *`: ['a.*']. */
  names: string[];
  /** `from ... import` (true) or `import ...` (false). */
  isFrom: boolean;
}

/** A function or class definition, with its dotted qualified name (`PredictMixin.do_predict`). */
export interface PythonScope {
  name: string;
  qualifiedName: string;
  start: number;
  end: number;
}

/** What the kinds need to know about a Python file; offsets are UTF-16 code units into the text. */
export interface PythonModule {
  imports: PythonImport[];
  /** [start, end) offsets of comments, sorted. */
  comments: Array<[number, number]>;
  /** [start, end) offsets of string literals (docstrings included), sorted. */
  strings: Array<[number, number]>;
  scopes: PythonScope[];
  hasSyntaxError: boolean;
}

interface LoadedParser {
  parser: TSParser;
  query: TSQuery;
  importQuery: TSQuery;
}

const QUERY = `
(import_statement) @import
(import_from_statement) @from
(comment) @comment
(string) @string
(function_definition name: (identifier) @name) @scope
(class_definition name: (identifier) @name) @scope
`;

const IMPORT_QUERY = `(import_statement) @import (import_from_statement) @from`;

let loading: Promise<LoadedParser> | undefined;

/** Loads the WebAssembly parser once per process, on first use (the CLI does not pay for it unless a rule needs it). */
function loadParser(): Promise<LoadedParser> {
  loading ??= (async () => {
    const { Parser, Language, Query } = await import('web-tree-sitter');
    const runtimeWasm = locateWasm('web-tree-sitter.wasm', 'web-tree-sitter/web-tree-sitter.wasm');
    await Parser.init({ locateFile: () => runtimeWasm });
    const language = await Language.load(
      locateWasm('tree-sitter-python.wasm', 'tree-sitter-python/tree-sitter-python.wasm')
    );
    const parser = new Parser();
    parser.setLanguage(language);
    return { parser, query: new Query(language, QUERY), importQuery: new Query(language, IMPORT_QUERY) };
  })();
  return loading;
}

export function regionOf(node: Node): Region {
  return {
    line: node.startPosition.row + 1,
    column: node.startPosition.column + 1,
    endLine: node.endPosition.row + 1,
    endColumn: node.endPosition.column + 1
  };
}

const dotted = (text: string): string => text.replace(/\s+/g, '');

function readImport(node: Node, isFrom: boolean): PythonImport {
  const names: string[] = [];
  let module = '';
  let level = 0;
  if (isFrom) {
    const moduleNode = node.childForFieldName('module_name');
    const written = dotted(moduleNode?.text ?? '');
    level = /^\.*/.exec(written)![0].length;
    module = written.slice(level);
    const prefix = module ? `${module}.` : '';
    for (const child of node.childrenForFieldName('name')) {
      const imported = child.type === 'aliased_import' ? child.childForFieldName('name') : child;
      if (imported) names.push(prefix + dotted(imported.text));
    }
    if (node.namedChildren.some((c) => c?.type === 'wildcard_import')) names.push(`${prefix}*`);
  } else {
    for (const child of node.childrenForFieldName('name')) {
      const imported = child.type === 'aliased_import' ? child.childForFieldName('name') : child;
      if (imported) names.push(dotted(imported.text));
    }
    module = names[0] ?? '';
  }
  return { region: regionOf(node), module, level, names, isFrom };
}

/** Qualified names from nesting: a scope's parent is the innermost earlier scope that contains it. */
function qualify(scopes: Array<Omit<PythonScope, 'qualifiedName'>>): PythonScope[] {
  const sorted = [...scopes].sort((a, b) => a.start - b.start || b.end - a.end);
  const stack: PythonScope[] = [];
  const out: PythonScope[] = [];
  for (const s of sorted) {
    while (stack.length && stack[stack.length - 1]!.end <= s.start) stack.pop();
    const parent = stack[stack.length - 1];
    const scope = { ...s, qualifiedName: parent ? `${parent.qualifiedName}.${s.name}` : s.name };
    out.push(scope);
    stack.push(scope);
  }
  return out;
}

/** Runs `read` over the syntax tree of `text`; the tree is freed afterwards, so nodes must not escape. */
export async function withPythonTree<T>(text: string, read: (root: Node) => T): Promise<T> {
  const { parser } = await loadParser();
  const tree = parser.parse(text);
  if (!tree) throw new Error('tree-sitter returned no tree');
  try {
    return read(tree.rootNode);
  } finally {
    tree.delete();
  }
}

/** Only the import statements of a text (a cheaper query), and whether it parsed without errors. */
export async function parsePythonImports(
  text: string
): Promise<{ imports: PythonImport[]; hasSyntaxError: boolean }> {
  const { importQuery } = await loadParser();
  return withPythonTree(text, (root) => ({
    imports: importQuery
      .matches(root)
      .map((m) => readImport(m.captures[0]!.node, m.captures[0]!.name === 'from')),
    hasSyntaxError: root.hasError
  }));
}

type StatementImports = { readonly imports: readonly PythonImport[]; readonly hasSyntaxError: boolean };

/**
 * Statements already parsed, by text. The same import statement recurs across a repository (`from
 * flask import request` in module after module): one parse each, not one per file, which also keeps
 * the parser's memory churn (and the heap the garbage collector grows for it) flat. Bounded: when full,
 * it starts again.
 */
const parsedStatements = new Map<string, Promise<StatementImports>>();
const MAX_PARSED_STATEMENTS = 4096;

/**
 * The imports of one statement's text parsed on its own (no query: the statement is the root's child,
 * which is several times cheaper than matching a query), and whether it parsed without errors. The
 * answer is shared between equal statements: it must not be changed.
 */
export function parseImportStatement(text: string): Promise<StatementImports> {
  let parsed = parsedStatements.get(text);
  if (!parsed) {
    if (parsedStatements.size >= MAX_PARSED_STATEMENTS) parsedStatements.clear();
    // The statement's text is a slice of its file, and so would be every name read from its parse:
    // kept here, they would keep the whole file alive. A copy is parsed and kept instead.
    const own = flatCopy(text);
    parsed = withPythonTree(own, (root) => ({
      imports: root.namedChildren
        .filter((n) => n?.type === 'import_statement' || n?.type === 'import_from_statement')
        .map((n) => readImport(n!, n!.type === 'import_from_statement')),
      hasSyntaxError: root.hasError
    }));
    parsedStatements.set(own, parsed);
  }
  return parsed;
}

/** A string that shares no memory with `text` (V8 keeps slices as views of their whole string). */
const flatCopy = (text: string): string => Buffer.from(text, 'utf16le').toString('utf16le');

/** Parses Python source. Never throws for bad input: syntax errors are recorded, not raised. */
export async function parsePython(text: string): Promise<PythonModule> {
  const { query } = await loadParser();
  return withPythonTree(text, (root) => {
    const imports: PythonImport[] = [];
    const comments: Array<[number, number]> = [];
    const strings: Array<[number, number]> = [];
    const scopes: Array<Omit<PythonScope, 'qualifiedName'>> = [];
    for (const match of query.matches(root)) {
      const main = match.captures.find((c) => c.name !== 'name');
      if (!main) continue;
      const node = main.node;
      switch (main.name) {
        case 'import':
          imports.push(readImport(node, false));
          break;
        case 'from':
          imports.push(readImport(node, true));
          break;
        case 'comment':
          comments.push([node.startIndex, node.endIndex]);
          break;
        case 'string':
          strings.push([node.startIndex, node.endIndex]);
          break;
        case 'scope': {
          const name = match.captures.find((c) => c.name === 'name')?.node.text ?? '';
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

// Reads values out of a JavaScript or TypeScript site config without running it: the file
// is parsed (@babel/parser) and only literal values are taken (objects, arrays, strings,
// numbers, booleans, and constants they name, in the same file or imported from a
// relative module one level deep). Anything computed is `undefined`: never guessed, never
// evaluated. Running a user's config would run their code and need their dependencies.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from '@babel/parser';

type AnyNode = { type: string; [key: string]: any };

export interface StaticModule {
  file: string;
  program: AnyNode;
}

/** Parses `file` as an ES module (TypeScript and JSX syntax allowed). Throws on a syntax error. */
export function readModule(file: string): StaticModule {
  const text = readFileSync(file, 'utf8');
  const ast = parse(text, { sourceType: 'module', plugins: ['typescript', 'jsx'], errorRecovery: false });
  return { file, program: ast.program as unknown as AnyNode };
}

/** Every node under `root`, depth-first (iterative). */
function* walk(root: AnyNode): Generator<AnyNode> {
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    yield node;
    for (const key of Object.keys(node)) {
      if (key === 'loc' || key === 'start' || key === 'end' || key === 'extra' || key === 'leadingComments' || key === 'trailingComments') continue;
      const value = node[key];
      if (Array.isArray(value)) for (let i = value.length - 1; i >= 0; i--) value[i] && typeof value[i].type === 'string' && stack.push(value[i]);
      else if (value && typeof value === 'object' && typeof value.type === 'string') stack.push(value);
    }
  }
}

function propertyName(prop: AnyNode): string | null {
  if (prop.type !== 'ObjectProperty' || prop.computed) return null;
  if (prop.key.type === 'Identifier') return prop.key.name;
  if (prop.key.type === 'StringLiteral') return prop.key.value;
  return null;
}

/**
 * The value node of the first property named `name` in an object literal, searching inside
 * the first call to `within` (e.g. `starlight`) when given, else anywhere in the module.
 */
export function findProperty(mod: StaticModule, name: string, within?: string): AnyNode | undefined {
  let root: AnyNode = mod.program;
  if (within) {
    const call = [...walk(mod.program)].find((n) => n.type === 'CallExpression' && n.callee.type === 'Identifier' && n.callee.name === within);
    if (!call) return undefined;
    root = call;
  }
  for (const node of walk(root)) {
    if (node.type !== 'ObjectExpression') continue;
    for (const prop of node.properties) if (propertyName(prop) === name) return prop.value;
  }
  return undefined;
}

/** The literal value of `node`, resolving named constants; `undefined` for anything computed. */
export function literalValue(node: AnyNode | undefined, mod: StaticModule, depth = 0): unknown {
  if (!node || depth > 8) return undefined;
  switch (node.type) {
    case 'StringLiteral':
    case 'NumericLiteral':
    case 'BooleanLiteral':
      return node.value;
    case 'NullLiteral':
      return null;
    case 'TemplateLiteral':
      return node.expressions.length === 0 ? node.quasis.map((q: AnyNode) => q.value.cooked).join('') : undefined;
    case 'TSAsExpression':
    case 'TSSatisfiesExpression':
    case 'TSNonNullExpression':
    case 'ParenthesizedExpression':
      return literalValue(node.expression, mod, depth + 1);
    case 'ArrayExpression':
      return node.elements.map((e: AnyNode | null) => (e ? literalValue(e, mod, depth + 1) : undefined));
    case 'ObjectExpression': {
      const out: Record<string, unknown> = {};
      for (const prop of node.properties) {
        const name = propertyName(prop);
        if (name !== null) out[name] = literalValue(prop.value, mod, depth + 1);
      }
      return out;
    }
    case 'Identifier':
      return constantValue(node.name, mod, depth + 1);
    default:
      return undefined;
  }
}

/** A `const name = <literal>` of the module, or one imported by name from a relative module. */
function constantValue(name: string, mod: StaticModule, depth: number): unknown {
  for (const node of walk(mod.program)) {
    if (node.type === 'VariableDeclarator' && node.id.type === 'Identifier' && node.id.name === name) return literalValue(node.init, mod, depth);
  }
  for (const statement of mod.program.body as AnyNode[]) {
    if (statement.type !== 'ImportDeclaration' || !statement.source.value.startsWith('.')) continue;
    const specifier = statement.specifiers.find((s: AnyNode) => s.type === 'ImportSpecifier' && s.local.name === name);
    if (!specifier) continue;
    const imported = resolveRelative(path.dirname(mod.file), statement.source.value);
    if (!imported) return undefined;
    const other = readModule(imported);
    const exportedName = specifier.imported.type === 'Identifier' ? specifier.imported.name : specifier.imported.value;
    return constantValue(exportedName, other, depth);
  }
  return undefined;
}

function resolveRelative(dir: string, spec: string): string | null {
  const base = path.resolve(dir, spec);
  for (const candidate of [base, ...['.ts', '.mts', '.js', '.mjs', '.cjs'].map((e) => base + e), ...['index.ts', 'index.js'].map((f) => path.join(base, f))]) {
    if (existsSync(candidate) && !candidate.endsWith(path.sep) && /\.[cm]?[jt]s$/.test(candidate)) return candidate;
  }
  return null;
}

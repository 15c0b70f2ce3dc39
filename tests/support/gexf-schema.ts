/**
 * The rules of the GEXF 1.3 schema (gexf.xsd with viz.xsd and data.xsd, http://gexf.net/1.3) that a
 * static graph file must meet, checked without the XSD files: a strict little XML reader (well-formed,
 * entities, balanced tags), the namespaces and version, the element structure, the attribute types
 * of <attribute>, the values of <attvalue> by those types, the viz elements' ranges, unique ids and
 * edges whose ends exist. Returns the problems found; none means the file validates.
 */

export const GEXF_NS = 'http://gexf.net/1.3';
export const VIZ_NS = 'http://gexf.net/1.3/viz';

interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const NAME = /^[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?$/;
const ENTITY = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;

/** Parses XML strictly enough for this check; throws on what a conforming parser would refuse. */
export function parseXml(text: string): XmlElement {
  let rest = text.replace(/^\uFEFF/, '');
  const declaration = /^<\?xml\s[^?]*\?>\s*/.exec(rest);
  if (!declaration) throw new Error('no XML declaration');
  if (!/encoding="UTF-8"/i.test(declaration[0])) throw new Error('the declaration does not say UTF-8');
  rest = rest.slice(declaration[0].length);
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  const tag = /^<(\/?)([^\s/>]+)((?:\s+[^\s=/>]+\s*=\s*"[^"]*")*)\s*(\/?)>/;
  while (rest.length) {
    if (rest.startsWith('<!--')) {
      const end = rest.indexOf('-->');
      if (end < 0) throw new Error('unclosed comment');
      rest = rest.slice(end + 3);
      continue;
    }
    if (rest.startsWith('<')) {
      const m = tag.exec(rest);
      if (!m) throw new Error(`malformed tag near ${JSON.stringify(rest.slice(0, 40))}`);
      const [whole, closing, name = '', attrText = '', selfClosing] = m;
      if (!NAME.test(name)) throw new Error(`bad element name ${name}`);
      rest = rest.slice(whole.length);
      if (closing) {
        const open = stack.pop();
        if (!open || open.name !== name) throw new Error(`</${name}> closes ${open?.name ?? 'nothing'}`);
        continue;
      }
      const attributes: Record<string, string> = {};
      for (const a of attrText.matchAll(/([^\s=]+)\s*=\s*"([^"]*)"/g)) {
        const [, key = '', value = ''] = a;
        if (key in attributes) throw new Error(`attribute ${key} twice on <${name}>`);
        if (ENTITY.test(value) || value.includes('<')) throw new Error(`unescaped character in ${key}="${value}"`);
        attributes[key] = value;
      }
      const element: XmlElement = { name, attributes, children: [], text: '' };
      if (stack.length) stack[stack.length - 1]!.children.push(element);
      else if (root) throw new Error('more than one root element');
      else root = element;
      if (!selfClosing) stack.push(element);
      continue;
    }
    const next = rest.indexOf('<');
    const chunk = next < 0 ? rest : rest.slice(0, next);
    if (ENTITY.test(chunk)) throw new Error(`unescaped & in text ${JSON.stringify(chunk.slice(0, 40))}`);
    if (stack.length) stack[stack.length - 1]!.text += chunk;
    else if (chunk.trim()) throw new Error('text outside the root element');
    rest = next < 0 ? '' : rest.slice(next);
  }
  if (stack.length) throw new Error(`<${stack[stack.length - 1]!.name}> is not closed`);
  if (!root) throw new Error('no root element');
  return root;
}

const ATTRIBUTE_TYPES = [
  'integer',
  'long',
  'double',
  'float',
  'boolean',
  'liststring',
  'listinteger',
  'listlong',
  'listfloat',
  'listdouble',
  'listboolean',
  'string',
  'anyURI',
  'date',
  'bigdecimal',
  'biginteger',
] as const;
const INTEGER = /^[+-]?\d+$/;
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const VALUE_CHECK: Partial<Record<string, (v: string) => boolean>> = {
  integer: (v) => INTEGER.test(v),
  long: (v) => INTEGER.test(v),
  double: (v) => DECIMAL.test(v),
  float: (v) => DECIMAL.test(v),
  boolean: (v) => v === 'true' || v === 'false',
};
const SHAPES = ['disc', 'square', 'triangle', 'diamond', 'image'];

export function gexfProblems(text: string): string[] {
  let root: XmlElement;
  try {
    root = parseXml(text);
  } catch (err) {
    return [`not well-formed XML: ${(err as Error).message}`];
  }
  const problems: string[] = [];
  const expect = (ok: boolean, problem: string) => {
    if (!ok) problems.push(problem);
  };
  // Namespaces: the default is GEXF 1.3; any prefix used must be declared, viz to the viz namespace.
  const prefixes = new Map<string, string>();
  for (const [k, v] of Object.entries(root.attributes)) if (k.startsWith('xmlns:')) prefixes.set(k.slice(6), v);
  expect(root.name === 'gexf', `the root is <${root.name}>, not <gexf>`);
  expect(root.attributes.xmlns === GEXF_NS, `the default namespace is ${root.attributes.xmlns}, not ${GEXF_NS}`);
  expect(root.attributes.version === '1.3', `version is ${root.attributes.version}, not 1.3`);
  const nsOf = (name: string): string | undefined => {
    const [prefix, local] = name.includes(':') ? name.split(':') : [undefined, name];
    if (prefix === undefined) return GEXF_NS;
    if (!prefixes.has(prefix)) problems.push(`prefix ${prefix} of <${name}> is not declared`);
    return local ? prefixes.get(prefix) : undefined;
  };
  const local = (name: string) => name.split(':').pop()!;

  const graphs = root.children.filter((c) => c.name === 'graph');
  for (const c of root.children) expect(['meta', 'graph'].includes(c.name), `<${c.name}> is not allowed in <gexf>`);
  expect(graphs.length === 1, `<gexf> has ${graphs.length} <graph> elements, not one`);
  const graph = graphs[0];
  if (!graph) return problems;
  const edgeTypes = ['directed', 'undirected', 'mutual'];
  const g = graph.attributes;
  if (g.defaultedgetype !== undefined)
    expect(edgeTypes.includes(g.defaultedgetype), `defaultedgetype ${g.defaultedgetype}`);
  if (g.mode !== undefined) expect(['static', 'dynamic'].includes(g.mode), `mode ${g.mode}`);

  const declared: Record<'node' | 'edge', Map<string, string>> = { node: new Map(), edge: new Map() };
  for (const block of graph.children.filter((c) => c.name === 'attributes')) {
    const cls = block.attributes.class;
    expect(cls === 'node' || cls === 'edge', `<attributes class="${cls}">`);
    for (const a of block.children) {
      expect(a.name === 'attribute', `<${a.name}> in <attributes>`);
      const { id, title, type } = a.attributes;
      expect(!!id && !!title, `<attribute> without id or title`);
      expect((ATTRIBUTE_TYPES as readonly string[]).includes(type ?? ''), `attribute ${id} has type ${type}`);
      if (id && (cls === 'node' || cls === 'edge')) declared[cls].set(id, type ?? '');
    }
  }
  for (const c of graph.children)
    expect(['attributes', 'nodes', 'edges'].includes(c.name), `<${c.name}> is not allowed in <graph>`);

  const checkAttvalues = (owner: XmlElement, cls: 'node' | 'edge') => {
    for (const block of owner.children.filter((c) => c.name === 'attvalues'))
      for (const v of block.children) {
        const key = v.attributes.for ?? '';
        const type = declared[cls].get(key);
        expect(type !== undefined, `attvalue for undeclared ${cls} attribute "${key}"`);
        expect(v.attributes.value !== undefined, `attvalue for ${key} has no value`);
        const check = type ? VALUE_CHECK[type] : undefined;
        if (check && v.attributes.value !== undefined)
          expect(check(v.attributes.value), `attvalue ${key}="${v.attributes.value}" is not a ${type}`);
      }
  };
  const number = (v: string | undefined) => v !== undefined && DECIMAL.test(v);
  const checkViz = (owner: XmlElement) => {
    for (const c of owner.children.filter((e) => e.name.includes(':'))) {
      expect(nsOf(c.name) === VIZ_NS, `<${c.name}> is not in the viz namespace ${VIZ_NS}`);
      const a = c.attributes;
      switch (local(c.name)) {
        case 'color':
          for (const ch of ['r', 'g', 'b'])
            expect(
              INTEGER.test(a[ch] ?? '') && Number(a[ch]) >= 0 && Number(a[ch]) <= 255,
              `viz:color ${ch}="${a[ch]}"`,
            );
          if (a.a !== undefined) expect(number(a.a) && Number(a.a) >= 0 && Number(a.a) <= 1, `viz:color a="${a.a}"`);
          break;
        case 'position':
          expect(number(a.x) && number(a.y) && (a.z === undefined || number(a.z)), `viz:position ${JSON.stringify(a)}`);
          break;
        case 'size':
        case 'thickness':
          expect(number(a.value) && Number(a.value) >= 0, `viz:${local(c.name)} value="${a.value}"`);
          break;
        case 'shape':
          expect(SHAPES.includes(a.value ?? ''), `viz:shape value="${a.value}"`);
          break;
        default:
          problems.push(`<${c.name}> is not a viz element`);
      }
    }
  };

  const nodeIds = new Set<string>();
  for (const nodes of graph.children.filter((c) => c.name === 'nodes'))
    for (const n of nodes.children) {
      expect(n.name === 'node', `<${n.name}> in <nodes>`);
      const id = n.attributes.id;
      expect(!!id, '<node> without id');
      if (id) {
        expect(!nodeIds.has(id), `node id ${id} twice`);
        nodeIds.add(id);
      }
      checkAttvalues(n, 'node');
      checkViz(n);
    }
  const edgeIds = new Set<string>();
  for (const edges of graph.children.filter((c) => c.name === 'edges'))
    for (const e of edges.children) {
      expect(e.name === 'edge', `<${e.name}> in <edges>`);
      const { id, source, target, weight, type } = e.attributes;
      if (id) {
        expect(!edgeIds.has(id), `edge id ${id} twice`);
        edgeIds.add(id);
      }
      expect(!!source && nodeIds.has(source), `edge ${id} has source ${source}, which is no node`);
      expect(!!target && nodeIds.has(target), `edge ${id} has target ${target}, which is no node`);
      if (weight !== undefined) expect(number(weight), `edge ${id} weight="${weight}"`);
      if (type !== undefined) expect(edgeTypes.includes(type), `edge ${id} type="${type}"`);
      checkAttvalues(e, 'edge');
      checkViz(e);
    }
  return problems;
}

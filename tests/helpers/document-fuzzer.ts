import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';

/** A request the fuzzer made: a JSON body for POST (or its fields as GET parameters). */
export interface FuzzRequest {
  kind: string;
  method: 'POST' | 'GET';
  /** The raw body for a POST; what was sent, as sent. */
  body: string;
}

/** mulberry32: a small seeded generator, so that a failing document can be made again from its seed. */
export function seeded(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  const chance = (p: number) => next() < p;
  return { next, int, pick, chance };
}
type Random = ReturnType<typeof seeded>;

const repeatTo = (text: string, n: number) => text.repeat(Math.ceil(n / text.length)).slice(0, n);

/** Values that have broken servers: huge, empty, unicode edge cases, other languages' syntax, Cypher. */
const HOSTILE_STRINGS = [
  '',
  ' ',
  '\t\n',
  repeatTo('9', 100_000),
  repeatTo('a', 1_001),
  repeatTo('锂电池', 3_000),
  "' OR 1=1 --",
  '") MATCH (n) DETACH DELETE n //',
  '"}) RETURN 1 AS x UNION MATCH (m) RETURN m //',
  '` RETURN 1 //',
  '$query',
  'CALL dbms.components()',
  'LOAD CSV FROM "file:///etc/passwd" AS l RETURN l',
  '\u0000',
  '\u202e\u202d',
  '\ud83d\ude00\ud83d\ude00',
  '\ufeff36',
  'Ａ１２３',
  '𠀀𠀁𠀂',
  '../../../../etc/passwd',
  '%s%s%s%n',
  '${7*7}',
  '{{7*7}}',
  '<script>alert(1)</script>',
  '*',
  '?',
  '~',
  'a*',
  '"',
  '\\',
  'AND OR NOT',
  '/.*/',
  '((((((((((',
  'name:*',
  'Region:',
  ':',
  'Region:36:37',
  'Firm:' + 'x'.repeat(500),
  'Segment:lithium-ion-cells',
  'Region:360824',
  'Park:does-not-exist',
  '36',
  '3608',
  '360824',
  '360000',
  '99',
  '-1',
  '1e308',
  'null',
  'true',
  'YXJyYXljb25uZWN0aW9uOjEw',
  'MjAyNC0wMS0wMQ==',
  '2024-02-30',
  '9999-99-99',
  'NaN',
];

const HOSTILE_VALUES: unknown[] = [
  ...HOSTILE_STRINGS,
  0,
  -1,
  1,
  3,
  50,
  51,
  500,
  2_147_483_647,
  2_147_483_648,
  -2_147_483_649,
  Number.MAX_SAFE_INTEGER,
  1e308,
  -0,
  1.5,
  true,
  false,
  null,
  [],
  [null],
  ['36', '36', '36'],
  Array.from({ length: 200 }, (_, i) => String(i)),
  {},
  { $gt: '' },
  { regionCode: '36', __proto__x: 1 },
  { constructor: { prototype: { polluted: 1 } } },
  JSON.parse('{"__proto__": {"polluted": 1}}'),
  [[[[[[[[[[['deep']]]]]]]]]]],
];

/** Known keys of the seed graph, so that random queries also reach resolvers and Neo4j, not only validation. */
const KNOWN = ['36', '3608', '360824', 'Region:36', 'Region:360824', 'Firm:anzhong', 'Segment:lithium-ion-cells', 'Chain:lithium-battery', 'lithium-battery', '新干', '锂电池', 'xingan'];

function graphqlLiteral(value: unknown, r: Random): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '1';
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map((v) => graphqlLiteral(v, r)).join(', ')}]`;
  return `{ ${Object.entries(value as object)
    .map(([k, v]) => `${/^[_A-Za-z][_0-9A-Za-z]*$/.test(k) ? k : 'bad'}: ${graphqlLiteral(v, r)}`)
    .join(', ')} }`;
}

/** A value for an argument of `type`: usually one it takes, sometimes a hostile one or of another type. */
function argumentValue(type: GraphQLInputType, r: Random, depth = 0): unknown {
  if (r.chance(0.25)) return r.pick(HOSTILE_VALUES);
  const inner = getNullableType(type);
  if (isListType(inner)) return Array.from({ length: r.int(4) }, () => argumentValue(inner.ofType, r, depth + 1));
  if (isEnumType(inner)) return r.chance(0.9) ? r.pick(inner.getValues()).name : 'NOT_A_VALUE';
  if (isInputObjectType(inner)) {
    if (depth > 3) return {};
    const fields = Object.values(inner.getFields());
    return Object.fromEntries(fields.filter(() => r.chance(0.5)).map((f) => [f.name, argumentValue(f.type, r, depth + 1)]));
  }
  switch (isScalarType(inner) ? inner.name : '') {
    case 'Int':
      return r.pick([0, 1, 2, 3, 5, 10, 20, 50, 100, 500, -3]);
    case 'Float':
      return r.pick([0, 0.5, 1, 100.25, -1, 1e9]);
    case 'Boolean':
      return r.chance(0.5);
    default:
      return r.chance(0.7) ? r.pick(KNOWN) : r.pick(HOSTILE_STRINGS);
  }
}

/** A selection set for `type`, `depth` levels at most, sometimes with a field the type lacks. */
function selection(type: GraphQLNamedType, r: Random, depth: number, variables: Map<string, { type: string; value: unknown }>): string {
  if (isScalarType(type) || isEnumType(type)) return '';
  if (r.chance(0.03)) return `{ notAField${r.int(100)} }`;
  if (isUnionType(type) || isInterfaceType(type)) {
    const possible = isUnionType(type) ? type.getTypes() : [];
    const parts = ['__typename', ...(isInterfaceType(type) ? fieldsOf(type.getFields(), r, depth, variables) : [])];
    for (const member of possible.filter(() => r.chance(0.5))) parts.push(`... on ${member.name} ${selection(member, r, depth, variables) || '{ __typename }'}`);
    return `{ ${parts.join(' ')} }`;
  }
  if (!isObjectType(type)) return '';
  const parts = fieldsOf(type.getFields(), r, depth, variables);
  return `{ ${parts.length ? parts.join(' ') : '__typename'} }`;
}

function fieldsOf(
  fields: Record<string, GraphQLField<unknown, unknown>>,
  r: Random,
  depth: number,
  variables: Map<string, { type: string; value: unknown }>,
): string[] {
  const all = Object.values(fields);
  const chosen = all.filter(() => r.chance(Math.min(1, 2.5 / all.length)));
  return chosen.flatMap((field) => {
    const named = getNamedType(field.type);
    const leaf = isScalarType(named) || isEnumType(named);
    if (!leaf && depth <= 0) return [];
    const alias = r.chance(0.05) ? `a${r.int(1000)}: ` : '';
    return [`${alias}${field.name}${argumentsOf(field.args, r, variables)} ${leaf ? '' : selection(named, r, depth - 1, variables)}`.trim()];
  });
}

function argumentsOf(args: readonly GraphQLArgument[], r: Random, variables: Map<string, { type: string; value: unknown }>): string {
  const given = args.filter((arg) => (isNonNullType(arg.type) ? !r.chance(0.05) : r.chance(0.5)));
  if (r.chance(0.03)) given.push({ name: 'unknownArgument', type: args[0]?.type } as GraphQLArgument);
  if (!given.length) return '';
  return `(${given
    .map((arg) => {
      const value = arg.type ? argumentValue(arg.type, r) : r.pick(HOSTILE_VALUES);
      if (arg.type && r.chance(0.5)) {
        const name = `v${variables.size}`;
        // Mostly the argument's own type; sometimes another, which validation must refuse.
        variables.set(name, { type: r.chance(0.9) ? String(arg.type) : r.pick(['Int', 'String!', '[ID!]!', 'Boolean', 'Float']), value });
        return `${arg.name}: $${name}`;
      }
      return `${arg.name}: ${graphqlLiteral(value, r)}`;
    })
    .join(', ')})`;
}

/** A document of random root fields of `schema` (queries, sometimes mutations), with its variables. */
export function schemaDocument(schema: GraphQLSchema, r: Random): FuzzRequest {
  const variables = new Map<string, { type: string; value: unknown }>();
  const mutation = r.chance(0.1) && schema.getMutationType();
  const root = mutation || schema.getQueryType()!;
  const depth = r.pick([1, 2, 3, 4, 6, 9, 12]);
  const fields = Object.values(root.getFields());
  const roots = Array.from({ length: 1 + r.int(3) }, (_, i) => {
    const field = r.pick(fields);
    const named = getNamedType(field.type);
    const leaf = isScalarType(named) || isEnumType(named);
    return `${i ? `f${i}: ` : ''}${field.name}${argumentsOf(field.args, r, variables)} ${leaf ? '' : selection(named, r, depth, variables)}`;
  });
  const declared = [...variables].map(([name, { type }]) => `$${name}: ${type}`);
  const document = `${mutation ? 'mutation' : 'query'} Fuzz${declared.length ? `(${declared.join(', ')})` : ''} { ${roots.join(' ')} }`;
  const values = Object.fromEntries([...variables].filter(() => !r.chance(0.05)).map(([name, { value }]) => [name, value]));
  return request('schema', { query: document, variables: values }, r);
}

/** Text edits that turn a valid document into a near miss: a span cut, doubled or replaced. */
function mutateText(text: string, r: Random): string {
  const at = r.int(text.length);
  const span = 1 + r.int(20);
  switch (r.int(7)) {
    case 0:
      return text.slice(0, at) + text.slice(at + span);
    case 1:
      return text.slice(0, at) + text.slice(at, at + span).repeat(2 + r.int(5)) + text.slice(at);
    case 2:
      return text.slice(0, at) + r.pick(['{', '}', '(', ')', '$', '"', '...', '@skip(if: true)', 'notAField', '# ', '\\u0000', '::', '!', '[', '𠀀']) + text.slice(at);
    case 3:
      return text.slice(0, at);
    case 4:
      return text.replace(/\b([a-z][A-Za-z]+)\b/, (name) => r.pick([`${name}X`, name.toUpperCase(), '__schema', '__type', 'id']));
    case 5:
      return text.replace('{', `{ ${'a: __typename '.repeat(r.int(3))}`);
    default:
      return text.replace(/\{/g, () => (r.chance(0.3) ? '{ ... on Query { __typename } ' : '{'));
  }
}

function mutateVariables(variables: Record<string, unknown>, r: Random): unknown {
  if (r.chance(0.08)) return r.pick(['not an object', 42, [], null, '{']);
  const copy: Record<string, unknown> = { ...variables };
  const names = Object.keys(copy);
  if (names.length && r.chance(0.7)) copy[r.pick(names)] = r.pick(HOSTILE_VALUES);
  if (names.length && r.chance(0.2)) delete copy[r.pick(names)];
  if (r.chance(0.2)) copy[`extra${r.int(10)}`] = r.pick(HOSTILE_VALUES);
  if (r.chance(0.2)) {
    // A nested value replaced: filters are objects.
    for (const [name, value] of Object.entries(copy)) {
      if (value && typeof value === 'object' && !Array.isArray(value)) {
        const keys = Object.keys(value);
        copy[name] = { ...value, [keys.length ? r.pick(keys) : 'regionCode']: r.pick(HOSTILE_VALUES) };
      }
    }
  }
  return copy;
}

/** A screen's request with its document or variables (or both) mutated. */
export function mutatedScreenRequest(screen: { query: string; variables: Record<string, unknown>; operationName?: string }, r: Random): FuzzRequest {
  const textEdits = r.pick([0, 0, 1, 1, 2, 3]);
  let query = screen.query;
  for (let i = 0; i < textEdits; i++) query = mutateText(query, r);
  const variables = r.chance(0.7) ? mutateVariables(screen.variables, r) : screen.variables;
  const extra = r.chance(0.1) ? { operationName: r.pick(['Nope', '', 'Fuzz', null, 42]) } : {};
  return request('screen', { query, variables, ...extra }, r);
}

/** Bodies that are barely or not at all GraphQL over HTTP. */
export function garbageRequest(r: Random): FuzzRequest {
  const bodies = [
    () => JSON.stringify({ query: r.pick(HOSTILE_STRINGS) }),
    () => JSON.stringify({ query: r.pick([42, null, true, [], {}, ['{ __typename }']]) }),
    () => JSON.stringify({ query: '{ __typename }', variables: r.pick(['x', 1, [], true]) }),
    () => JSON.stringify({ query: '{ __typename }', extensions: r.pick(['x', 1, { persistedQuery: { version: 1, sha256Hash: 'abc' } }]) }),
    () => JSON.stringify([{ query: '{ __typename }' }, { query: '{ nope }' }]),
    () => JSON.stringify(r.pick(HOSTILE_VALUES)),
    () => Array.from({ length: r.int(200) }, () => String.fromCharCode(r.int(0x3000))).join(''),
    () => `{"query": "${'{'.repeat(r.int(3000))}"}`,
    () => JSON.stringify({ query: `{ ${'search(text: "x") { name } '.repeat(r.int(50))} }` }),
    () => JSON.stringify({ query: `query ($a: String = "${repeatTo('x', r.int(200_000))}") { search(text: $a) { name } }` }),
    () => JSON.stringify({ query: `{ region(code: """${repeatTo('"\\', r.int(5000))}""") { name } }` }),
    () => JSON.stringify({ query: `subscription { region(code: "36") { name } }` }),
  ];
  return { kind: 'garbage', method: 'POST', body: r.pick(bodies)() };
}

function request(kind: string, params: { query: unknown; variables?: unknown; operationName?: unknown }, r: Random): FuzzRequest {
  // Some as GET, as a link or a script might send them (a GET with well-formed parameters; a mutation
  // over GET is refused by yoga).
  return { kind, method: r.chance(0.1) ? 'GET' : 'POST', body: JSON.stringify(params) };
}

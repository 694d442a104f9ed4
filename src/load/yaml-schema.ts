import jsYaml from 'js-yaml';

/**
 * The YAML 1.2 core schema, as content has always been read: dates such as
 * `reviewed: 2026-01-05` stay text (the zod schema checks them), `yes`, `no`,
 * `on` and `off` are text, `true`/`false` are booleans, `017` is 17, `1_000`
 * and `1:30` are text. js-yaml's own schemas differ on several of these
 * (timestamps, underscores in numbers), so each plain-scalar rule is written
 * here: a test and a value, tried in order. tests/unit/yaml-scalars.test.ts
 * holds them.
 */
type Rule = readonly [test: RegExp, value: (text: string) => unknown];

const scalar = (tag: string, rules: readonly Rule[]) => {
  // One test for all the rules: it runs on every plain scalar, and most are text.
  const any = new RegExp(rules.map(([test]) => `(?:${test.source})`).join('|'));
  return new jsYaml.Type(`tag:yaml.org,2002:${tag}`, {
    kind: 'scalar',
    resolve: (text: unknown) => typeof text === 'string' && any.test(text),
    construct: (text: string) => rules.find(([test]) => test.test(text))![1](text),
  });
};

export const CORE_SCHEMA = jsYaml.FAILSAFE_SCHEMA.extend({
  implicit: [
    scalar('null', [[/^(?:~|[Nn]ull|NULL)?$/, () => null]]),
    scalar('bool', [[/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, (text) => text[0] === 't' || text[0] === 'T']]),
    scalar('int', [
      [/^0o[0-7]+$/, (text) => parseInt(text.substring(2), 8)],
      [/^[-+]?[0-9]+$/, (text) => parseInt(text, 10)],
      [/^0x[0-9a-fA-F]+$/, (text) => parseInt(text.substring(2), 16)],
    ]),
    scalar('float', [
      [/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/, (text) => (text.slice(-3).toLowerCase() === 'nan' ? NaN : text[0] === '-' ? -Infinity : Infinity)],
      [/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/, (text) => parseFloat(text)],
      [/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/, (text) => parseFloat(text)],
    ]),
  ],
});

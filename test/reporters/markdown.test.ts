import { describe, expect, it } from 'vitest';
import { render, renderMarkdown } from '../../src/reporters/markdown.js';
import { makeFinding, makeMigration, makeResult, makeSampleResult } from './fixture.js';

const DOCS = 'https://github.com/migration-lint/migration-lint/blob/main/docs/rules/';

/** A result with `count` findings, one per line of one migration. */
function makeManyFindings(count: number) {
  const file = 'db/migrations/000001_many.up.sql';
  return makeResult({
    migrations: [makeMigration(file)],
    findings: Array.from({ length: count }, (_, index) => makeFinding({ file, line: index + 1, column: 1 })),
  });
}

describe('markdown reporter', () => {
  it('renders heading, totals, the migrations and the findings with linked rule ids', () => {
    expect(render(makeSampleResult(), { color: false })).toBe(
      [
        '## migration-lint',
        '',
        '❌ **1 error, 1 warning** in 2 migrations.',
        '',
        '### Migrations',
        '',
        '| Migration | Version | Direction | Status | Rollback |',
        '| --- | --- | --- | --- | --- |',
        '| `db/migrations/000002_index_users_email.up.sql` | 000002 | up | added | `db/migrations/000002_index_users_email.down.sql` |',
        '| `db/migrations/000003_rename_naïve_column.up.sql` | 000003 | up | modified | — |',
        '',
        '### Findings',
        '',
        '| Severity | Location | Rule | Message | Help |',
        '| --- | --- | --- | --- | --- |',
        `| ❌ error | \`db/migrations/000002_index_users_email.up.sql:2:1\` | [require-concurrent-index](${DOCS}require-concurrent-index.md) | Building users\\_email\\_idx blocks every write to "users" until it finishes (SHARE lock). | CREATE INDEX CONCURRENTLY users\\_email\\_idx ON users (email); |`,
        `| ⚠️ warning | \`db/migrations/000003_rename_naïve_column.up.sql:1:13\` | [ban-column-rename](${DOCS}ban-column-rename.md) | Running code that reads "naïve\\_名前" fails as soon as the rename commits. | Add the new column, write to both, backfill, then drop the old one in a later release. |`,
        '',
      ].join('\n'),
    );
  });

  it('says there are no problems, and leaves out empty tables', () => {
    const migrations = [makeMigration('db/1_a.sql', { version: null, direction: 'both', rollback: 'db/1_a.sql' })];
    expect(renderMarkdown(makeResult({ migrations }))).toBe(
      [
        '## migration-lint',
        '',
        '✅ **No problems** in 1 migration.',
        '',
        '### Migrations',
        '',
        '| Migration | Version | Direction | Status | Rollback |',
        '| --- | --- | --- | --- | --- |',
        '| `db/1_a.sql` | — | both | added | `db/1_a.sql` |',
        '',
      ].join('\n'),
    );
    expect(renderMarkdown(makeResult())).toBe('## migration-lint\n\n✅ **No problems** in 0 migrations.\n');
  });

  it('uses the warning icon in the totals when there are only warnings, and appends the footer as is', () => {
    const result = makeResult({ findings: [makeFinding({ file: 'a.sql', line: 1, column: 1, severity: 'warning' })] });
    const output = renderMarkdown(result, { footer: '<!-- migration-lint -->' });
    expect(output.split('\n')[2]).toBe('⚠️ **0 errors, 1 warning** in 0 migrations.');
    expect(output.endsWith('\n\n<!-- migration-lint -->\n')).toBe(true);
  });

  it('keeps crafted file names, SQL and messages inside their cells, as text', () => {
    const file = 'db/<img src=x onerror=alert(1)>|`x`\n| a | b |.sql';
    const finding = makeFinding({
      file,
      line: 1,
      column: 1,
      message: 'drop <script>alert(1)</script> | col\nnext **bold** [link](http://evil) $x$ @admin #1 &amp;',
      help: 'SELECT a || b\r\nFROM t; -- \\|',
    });
    const output = renderMarkdown(makeResult({ migrations: [makeMigration(file)], findings: [finding] }));
    const rows = output.split('\n').filter((line) => line.startsWith('| '));
    expect(rows).toHaveLength(6);
    expect(rows[2]).toBe('| ``db/<img src=x onerror=alert(1)>\\|`x` \\| a \\| b \\|.sql`` | 1 | up | added | — |');
    expect(rows[5]).toBe(
      '| ❌ error | ``db/<img src=x onerror=alert(1)>\\|`x` \\| a \\| b \\|.sql:1:1`` ' +
        `| [require-concurrent-index](${DOCS}require-concurrent-index.md) ` +
        '| drop &lt;script&gt;alert(1)&lt;/script&gt; \\| col<br>next \\*\\*bold\\*\\* \\[link\\](http://evil) \\$x\\$ \\@admin \\#1 &amp;amp; ' +
        '| SELECT a \\|\\| b<br>FROM t; -- \\\\\\| |',
    );
    // Every row has exactly the table's 5 cells: only the 6 delimiters are unescaped pipes
    // (a pipe after an escaped backslash, `\\\\|`, would be one too: the help cell checks that).
    for (const row of rows) expect(row.replaceAll('\\\\', '').match(/(?<!\\)\|/g)).toHaveLength(6);
    // Outside code spans, where HTML is literal, no tag but our <br> survives.
    expect(output.replace(/(`+)[^`].*?\1/g, '')).not.toMatch(/<(?!br>)[a-z/]/i);
  });

  it('links rule ids only when their docs are known, and keeps the link target inside its parentheses', () => {
    const result = makeResult({
      findings: [
        makeFinding({ file: 'a.sql', line: 1, column: 1, ruleId: 'custom-rule' }),
        makeFinding({ file: 'a.sql', line: 2, column: 1, ruleId: 'odd-docs' }),
      ],
    });
    result.rules = [{ id: 'odd-docs', summary: 's', severity: 'error', docs: 'https://example.com/a (b)<c>' }];
    const rows = renderMarkdown(result).split('\n').filter((line) => line.startsWith('| ❌'));
    expect(rows[0]).toContain('| custom-rule |');
    expect(rows[1]).toContain('| [odd-docs](https://example.com/a%20%28b%29%3Cc%3E) |');
  });

  it('returns the whole report when it fits in maxLength', () => {
    const result = makeManyFindings(10);
    expect(renderMarkdown(result, { maxLength: 100_000 })).toBe(renderMarkdown(result));
    const whole = renderMarkdown(result, { footer: 'F' });
    expect(renderMarkdown(result, { maxLength: whole.length, footer: 'F' })).toBe(whole);
  });

  it('leaves out the last findings to stay within maxLength, says how many, and keeps the footer', () => {
    const result = makeManyFindings(2_000);
    const output = renderMarkdown(result, { maxLength: 65_536, footer: '<!-- migration-lint -->' });
    expect(output.length).toBeLessThanOrEqual(65_536);
    const rows = output.split('\n').filter((line) => line.startsWith('| ❌'));
    expect(rows.length).toBeGreaterThan(100);
    expect(rows.at(-1)).toContain(`:${rows.length}:1\``);
    expect(output).toContain(
      `\n\n_${2_000 - rows.length} more findings left out to fit; the job summary of this run lists them all._\n\n<!-- migration-lint -->\n`,
    );
    // One row more would not have fitted.
    const oneMore = renderMarkdown(makeManyFindings(rows.length + 1), { footer: '<!-- migration-lint -->' });
    const note = `\n\n_${2_000 - rows.length - 1} more findings left out to fit; the job summary of this run lists them all._`;
    expect(oneMore.length + note.length).toBeGreaterThan(65_536);
  });

  it('says "1 more finding" and leaves out migrations too when even no findings would not fit', () => {
    const result = makeManyFindings(2);
    const fitsOne = renderMarkdown(result).length + 40;
    expect(renderMarkdown(result, { maxLength: fitsOne - 40 - 10 })).toContain('_1 more finding left out to fit;');

    const migrations = Array.from({ length: 50 }, (_, index) => makeMigration(`db/${index}_m.up.sql`));
    const crowded = makeResult({ migrations, findings: result.findings });
    const output = renderMarkdown(crowded, { maxLength: 1_500 });
    expect(output.length).toBeLessThanOrEqual(1_500);
    expect(output).toMatch(/_\d+ more migrations left out to fit;/);
    expect(output).toContain('_2 more findings left out to fit;');
    expect(output).not.toContain('| ❌');
  });
});

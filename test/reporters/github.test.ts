import { describe, expect, it } from 'vitest';
import { render } from '../../src/reporters/github.js';
import { escapeData, escapeProperty } from '../../src/reporters/workflow-commands.js';
import { makeFinding, makeResult, makeSampleResult } from './fixture.js';

const options = { color: false };

/** Decodes as the runner does (actions/runner `ActionCommand.Unescape*`), to check escaping round-trips. */
function unescape(text: string): string {
  return text
    .replaceAll('%0D', '\r')
    .replaceAll('%0A', '\n')
    .replaceAll('%3A', ':')
    .replaceAll('%2C', ',')
    .replaceAll('%25', '%');
}

describe('workflow command escaping', () => {
  it('escapes %, CR and LF in data, and also : and , in properties', () => {
    expect(escapeData('100% done\r\nnext: a, b')).toBe('100%25 done%0D%0Anext: a, b');
    expect(escapeProperty('100% done\r\nnext: a, b')).toBe('100%25 done%0D%0Anext%3A a%2C b');
  });

  it('escapes % first, so an already escaped-looking %0A reads back literally', () => {
    expect(escapeData('%0A')).toBe('%250A');
    expect(escapeProperty('%3A')).toBe('%253A');
    for (const text of ['%0A', 'a%2C\n:b', '::set-output name=x::y', '%%25']) {
      expect(unescape(escapeProperty(text))).toBe(text);
      expect(unescape(escapeData(text))).toBe(text);
    }
  });
});

describe('github reporter', () => {
  it('prints one error or warning command per finding, with the rule id as title and the help after the message', () => {
    expect(render(makeSampleResult(), options)).toBe(
      [
        '::error file=db/migrations/000002_index_users_email.up.sql,line=2,col=1,endLine=2,endColumn=38,title=require-concurrent-index::Building users_email_idx blocks every write to "users" until it finishes (SHARE lock). — CREATE INDEX CONCURRENTLY users_email_idx ON users (email);',
        '::warning file=db/migrations/000003_rename_naïve_column.up.sql,line=1,col=13,endLine=2,endColumn=30,title=ban-column-rename::Running code that reads "naïve_名前" fails as soon as the rename commits. — Add the new column, write to both, backfill, then drop the old one in a later release.',
        '',
      ].join('\n'),
    );
  });

  it('prints the message alone when there is no help, and nothing at all without findings', () => {
    const finding = makeFinding({ file: 'a.sql', line: 1, column: 1, message: 'm', help: '' });
    expect(render(makeResult({ findings: [finding] }), options)).toBe(
      '::error file=a.sql,line=1,col=1,endLine=1,endColumn=2,title=require-concurrent-index::m\n',
    );
    expect(render(makeResult(), options)).toBe('');
  });

  it('keeps crafted file names and messages inside one command each', () => {
    const evil = [
      makeFinding({
        file: 'db/x.sql\n::set-output name=x::y',
        line: 1,
        column: 1,
        message: 'drop "a,b"\r\n::error::injected %0A',
        help: '::stop-commands::token\nSELECT 1;',
      }),
      makeFinding({
        file: 'db/a,title=fake:b%2C.sql',
        line: 2,
        column: 3,
        severity: 'warning',
        ruleId: 'ban-column-rename',
        message: '::set-output name=x::y',
        help: '%0A::warning::z',
      }),
    ];
    const output = render(makeResult({ findings: evil }), options);
    const lines = output.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^::error file=[^:,]*,line=1,col=1,endLine=1,endColumn=2,title=require-concurrent-index::[^\r\n]*$/);
    expect(lines[1]).toMatch(/^::warning file=[^:,]*,line=2,col=3,endLine=2,endColumn=4,title=ban-column-rename::[^\r\n]*$/);
    expect(output).not.toContain('\r');

    const [, file, message] = lines[1]!.match(/^::warning file=([^,]*),.*?::(.*)$/)!;
    expect(unescape(file!)).toBe('db/a,title=fake:b%2C.sql');
    expect(unescape(message!)).toBe('::set-output name=x::y — %0A::warning::z');
    expect(lines[0]).toContain('file=db/x.sql%0A%3A%3Aset-output name=x%3A%3Ay,');
    expect(lines[0]).toContain('::drop "a,b"%0D%0A::error::injected %250A — ::stop-commands::token%0ASELECT 1;');
  });
});

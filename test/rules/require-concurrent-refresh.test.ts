import rule from '../../rules/require-concurrent-refresh.js';
import { testRule } from '../helpers/rule-tester.js';

const BASE = { '20260101000000_mv.sql': 'CREATE TABLE orders (id bigint, total int);\nCREATE MATERIALIZED VIEW order_totals AS SELECT sum(total) AS total FROM orders;' };

testRule(rule, {
  valid: [
    'REFRESH MATERIALIZED VIEW CONCURRENTLY order_totals;',
    'REFRESH MATERIALIZED VIEW order_totals WITH NO DATA;',
    { name: 'a view created in the same file', files: { '20260301000000_x.sql': 'CREATE MATERIALIZED VIEW v AS SELECT 1 AS one WITH NO DATA;\nREFRESH MATERIALIZED VIEW v;' } },
    {
      name: 'a view created in an earlier migration of the same change',
      files: { '20260301000000_a.sql': 'CREATE MATERIALIZED VIEW v AS SELECT 1 AS one WITH NO DATA;', '20260302000000_b.sql': 'REFRESH MATERIALIZED VIEW v;' },
      config: { maxMigrationsPerPr: 5 },
    },
  ],
  invalid: [
    { name: 'a view created on the base', base: BASE, files: { '20260301000000_x.sql': 'REFRESH MATERIALIZED VIEW order_totals;' }, findings: ['20260301000000_x.sql 1:1 blocking'] },
    { name: 'a view no migration mentions', files: { '20260301000000_x.sql': 'REFRESH MATERIALIZED VIEW reports.daily WITH DATA;' }, findings: ['20260301000000_x.sql 1:1 blocking'] },
  ],
});

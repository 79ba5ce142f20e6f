// Preloaded with `node --import` when /usr/bin/time is missing: writes this process's peak RSS (KiB) to $BENCH_MAX_RSS_FILE on exit.
import { writeFileSync } from 'node:fs';

process.on('exit', () => writeFileSync(process.env.BENCH_MAX_RSS_FILE, String(process.resourceUsage().maxRSS)));

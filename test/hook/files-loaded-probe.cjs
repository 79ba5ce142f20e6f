// Preloaded with `node --require`: at exit, writes to $FILES_LOADED_LOG the CommonJS files the process loaded, one a line.
const { writeFileSync } = require('node:fs');

process.on('exit', () => {
  writeFileSync(process.env.FILES_LOADED_LOG ?? '/dev/null', Object.keys(require.cache).join('\n'));
});

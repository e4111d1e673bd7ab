#!/usr/bin/env node
// The package's `impartial` bin. The sources are TypeScript run by Node's own type stripping
// (Node >= 22.18), so there is no build step between an edit and the command line.
import '../electron/cli/main.ts';

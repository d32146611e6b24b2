#!/usr/bin/env node
import { installProcessGuards, main } from '../dist/cli/main.js';

installProcessGuards();
process.exitCode = await main(process.argv.slice(2));

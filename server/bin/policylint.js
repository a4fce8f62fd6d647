#!/usr/bin/env node
import { main } from '../out/cli.mjs';
main();

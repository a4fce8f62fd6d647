#!/usr/bin/env node
import { main } from '../out/cli/main.js';
main();

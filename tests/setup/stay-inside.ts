import { installGuard } from '../helpers/outside-repository.js';

// Every test file runs with reads and writes beside the repository refused (see outside-repository.ts).
installGuard();

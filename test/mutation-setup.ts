/**
 * Mutation testing only (vitest.stryker.config.ts), run after Stryker's own setup file: every test file
 * starts from a fresh copy of the library's modules, while jsdom, React and the test libraries stay
 * loaded. This is what `isolate: true` gives, at a fraction of its cost (a new jsdom for every file
 * made each mutant's run take seconds):
 * - a mutant in module-level code (a scheme list, an entity table, a default) is evaluated with that
 *   mutant active, since Stryker's setup has just activated a "static" mutant;
 * - a cache filled under one mutant never reaches the next test file or the next mutant;
 * - the modules of a run for a mutant inside a function are evaluated with no mutant active (the
 *   worker lives on between runs, and Stryker activates such a mutant only in its `beforeAll`).
 */
import { inject, vi } from 'vitest';

const get = inject as (key: string) => unknown;
const namespace = globalThis as unknown as Record<string, { activeMutant?: string } | undefined>;
const stryker = namespace[get('globalNamespace') as string];
if (stryker && get('mode') === 'mutant' && get('mutantActivation') !== 'static') stryker.activeMutant = undefined;

vi.resetModules();

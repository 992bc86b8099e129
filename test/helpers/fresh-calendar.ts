import { beforeEach } from 'vitest';
import { forgetCalendarBase } from '../../shared/rules/calendar';

// Mutation testing only (vitest.stryker.config.ts): each test builds the calendar afresh, so
// Stryker sees every test that depends on the build and runs the build's mutants against them.
beforeEach(() => forgetCalendarBase());

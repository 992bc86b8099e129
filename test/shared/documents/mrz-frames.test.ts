import { describe, expect, it } from 'vitest';
import { readMrz } from '../../../shared/documents/mrz';
import { voteFrames } from '../../../shared/documents/mrz-frames';
import { td1, td3 } from './mrz-builders';

const TODAY = { today: '2026-03-01' };
const spoil = (lines: string[], row: number, col: number, char: string) =>
  lines.map((line, i) => (i === row ? line.slice(0, col) + char + line.slice(col + 1) : line));

describe('voting per character across camera frames', () => {
  it('reads a zone right that no single frame read right', () => {
    const truth = td3();
    const frames = [spoil(truth, 1, 3, 'K'), spoil(truth, 0, 7, 'X'), spoil(truth, 1, 20, '3')];
    for (const frame of frames)
      expect(readMrz(frame, TODAY).fields).not.toEqual(readMrz(truth, TODAY).fields);
    const voted = voteFrames(frames);
    expect(voted).toEqual(truth);
    expect(readMrz(voted!, TODAY).valid).toBe(true);
  });

  it('keeps what most frames saw, and gives a tie to the latest frame', () => {
    const truth = td3();
    const misread = spoil(truth, 1, 2, 'Z');
    expect(voteFrames([misread, misread, truth])).toEqual(misread);
    expect(voteFrames([misread, truth])).toEqual(truth);
    expect(voteFrames([truth, misread])).toEqual(misread);
  });

  it('votes only among frames of the shape most of them read, and needs enough of them', () => {
    const card = td1();
    const passport = td3();
    expect(voteFrames([card, passport, card])).toEqual(card);
    // One frame of each: the latest shape, but two frames are needed to vote.
    expect(voteFrames([card, passport])).toBeNull();
    expect(voteFrames([card, passport], 1)).toEqual(passport);
    expect(voteFrames([])).toBeNull();
    expect(voteFrames([[], card, card])).toEqual(card);
  });

  it('never mends a check digit: a misread every frame shares stays for readMrz to name', () => {
    const broken = spoil(td3(), 1, 9, '0');
    const voted = voteFrames([broken, broken, broken])!;
    expect(readMrz(voted, TODAY).valid).toBe(false);
  });
});

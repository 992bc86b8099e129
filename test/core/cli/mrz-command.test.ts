import { describe, expect, it } from 'vitest';
import { runMrzCommand } from '../../../electron/core/cli/mrz-command';

const TODAY = { today: '2026-03-01' };
const TD3 = [
  'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<',
  'L898902C36UTO7408122F1204159ZE184226B<<<<<10',
];
const TD1 = [
  'I<UTOD231458907<<<<<<<<<<<<<<<',
  '7408122F1204159UTO<<<<<<<<<<<6',
  'ERIKSSON<<ANNA<MARIA<<<<<<<<<<',
];

describe('mrz command', () => {
  it('prints exactly one JSON object and a newline for a readable zone, exit 0', () => {
    const result = runMrzCommand(TD3, TODAY);
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout.endsWith('}\n')).toBe(true);
    expect(result.stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(JSON.parse(result.stdout)).toEqual({
      valid: true,
      format: 'TD3',
      fields: {
        surname: 'ERIKSSON',
        givenNames: 'ANNA MARIA',
        nationality: 'UTO',
        issuingState: 'UTO',
        birthDate: '1974-08-12',
        sex: 'F',
        documentNumber: 'L898902C3',
        expiryDate: '2012-04-15',
      },
      errors: [],
    });
  });

  it('reads three TD1 lines', () => {
    const output = JSON.parse(runMrzCommand(TD1, TODAY).stdout);
    expect(output).toMatchObject({
      valid: true,
      format: 'TD1',
      fields: { documentNumber: 'D23145890' },
    });
  });

  it('still exits 0 on a failed check digit, with valid false and the field named', () => {
    const wrong = [TD3[0]!, TD3[1]!.replace('7408122', '7408123')];
    const result = runMrzCommand(wrong, TODAY);
    expect(result.exitCode).toBe(0);
    const output = JSON.parse(result.stdout);
    expect(output.valid).toBe(false);
    expect(output.errors).toEqual([
      { field: 'birthDate', code: 'mrz.check_digit' },
      { field: 'composite', code: 'mrz.check_digit' },
    ]);
    expect(output.fields.birthDate).toBe('1974-08-12');
  });

  it('exits 2 with one line on stderr and nothing on stdout when there are no lines', () => {
    const result = runMrzCommand([], TODAY);
    expect(result).toMatchObject({ exitCode: 2, stdout: '' });
    expect(result.stderr).toMatch(/^mrz: no MRZ lines given.*\n$/);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('exits 2 on a wrong line count or length, giving the lengths it saw', () => {
    const short = runMrzCommand([TD3[0]!, TD3[1]!.slice(0, 40)], TODAY);
    expect(short).toMatchObject({ exitCode: 2, stdout: '' });
    expect(short.stderr).toContain('44, 40');
    expect(runMrzCommand([TD3[0]!], TODAY).exitCode).toBe(2);
  });

  it('exits 2 on a character outside the MRZ alphabet, naming where it is', () => {
    const result = runMrzCommand([TD3[0]!, `${TD3[1]!.slice(0, 43)}$`], TODAY);
    expect(result).toMatchObject({ exitCode: 2, stdout: '' });
    expect(result.stderr).toMatch(/^mrz: line 2, position 44: .*\n$/);
  });
});

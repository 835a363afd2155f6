import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from '../../src/db/database.js';

const pgError = (code: string, message = 'error') => Object.assign(new Error(message), { code });

describe('isDatabaseUnavailable', () => {
  it.each([
    ['53300 too_many_connections', pgError('53300', 'sorry, too many clients already')],
    ['53000 insufficient_resources', pgError('53000')],
    ['57P03 cannot_connect_now', pgError('57P03', 'the database system is starting up')],
    ['57P01 admin_shutdown', pgError('57P01', 'terminating connection due to administrator command')],
    ['57014 query_canceled (statement timeout)', pgError('57014', 'canceling statement due to statement timeout')],
    ['55P03 lock_not_available', pgError('55P03', 'could not obtain lock on row in relation "orders"')],
    ['40P01 deadlock_detected', pgError('40P01', 'deadlock detected')],
    ['40001 serialization_failure', pgError('40001', 'could not serialize access due to concurrent update')],
    ['08006 connection_failure', pgError('08006')],
    ['08001 sqlclient_unable_to_establish_sqlconnection', pgError('08001')],
    ['a refused socket', pgError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432')],
    ['a reset socket', pgError('ECONNRESET')],
    ["the pool's connect timeout", new Error('timeout exceeded when trying to connect')],
    ['a connection lost under a query', new Error('Connection terminated unexpectedly')],
    ['a wrapped cause', new Error('could not run', { cause: pgError('53300') })],
  ])('%s is a database that cannot serve now', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['23505 unique_violation', pgError('23505')],
    ['42P01 undefined_table', pgError('42P01')],
    ['22P02 invalid_text_representation', pgError('22P02')],
    ['a programming error', new TypeError('x is undefined')],
    ['not an error', 'timeout exceeded when trying to connect'],
  ])('%s is not', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});

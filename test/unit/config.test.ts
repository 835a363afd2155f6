import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

describe('configuration of the database pool and the recovery jobs', () => {
  it('defaults: 20 connections, a PENDING refund recovered after 60 s, an outstanding release retried after 60 s', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ databasePoolSize: 20, refundRecoveryAfterSeconds: 60, orderReleaseRetrySeconds: 60 });
  });

  it('takes the values given', () => {
    const config = loadConfig({ DATABASE_POOL_SIZE: '8', REFUND_RECOVERY_AFTER_SECONDS: '5', ORDER_RELEASE_RETRY_SECONDS: '7' });
    expect(config).toMatchObject({ databasePoolSize: 8, refundRecoveryAfterSeconds: 5, orderReleaseRetrySeconds: 7 });
  });

  it.each([
    ['DATABASE_POOL_SIZE', '0'],
    ['DATABASE_POOL_SIZE', 'ten'],
    ['DATABASE_POOL_SIZE', '1001'],
    ['REFUND_RECOVERY_AFTER_SECONDS', '0'],
    ['ORDER_RELEASE_RETRY_SECONDS', '-1'],
  ])('refuses %s=%s at boot with a clear message', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`${name} must be an integer between`));
  });
});

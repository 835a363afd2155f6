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

describe('configuration of the reference data cache', () => {
  it('keeps tenant settings and tax jurisdictions 5 s by default; 0 turns it off', () => {
    expect(loadConfig({}).checkout.referenceCacheSeconds).toBe(5);
    expect(loadConfig({ REFERENCE_CACHE_SECONDS: '0' }).checkout.referenceCacheSeconds).toBe(0);
    expect(loadConfig({ REFERENCE_CACHE_SECONDS: '60' }).checkout.referenceCacheSeconds).toBe(60);
  });

  it.each(['-1', '61', '2.5', 'five'])('refuses REFERENCE_CACHE_SECONDS=%s at boot', (value) => {
    expect(() => loadConfig({ REFERENCE_CACHE_SECONDS: value })).toThrow(/REFERENCE_CACHE_SECONDS must be an integer between 0 and 60/);
  });
});

describe('configuration of tracing (standard OTEL_* variables)', () => {
  it('is off without an OTLP endpoint', () => {
    expect(loadConfig({}).tracing).toMatchObject({ tracesUrl: undefined, serviceName: 'order-service', sampler: 'parentbased_always_on' });
  });

  it('sends to <endpoint>/v1/traces over http/protobuf by default; the traces endpoint, protocol, headers and sampler are taken as given', () => {
    expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/' }).tracing).toMatchObject({
      tracesUrl: 'http://collector:4318/v1/traces',
      protocol: 'http/protobuf',
    });
    const config = loadConfig({
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318',
      OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'https://traces.example.net/otlp',
      OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
      OTEL_EXPORTER_OTLP_HEADERS: 'api-key=abc%3D%3D,x-team=orders',
      OTEL_SERVICE_NAME: 'orders-eu',
      OTEL_TRACES_SAMPLER: 'parentbased_traceidratio',
      OTEL_TRACES_SAMPLER_ARG: '0.25',
    });
    expect(config.tracing).toMatchObject({
      tracesUrl: 'https://traces.example.net/otlp',
      protocol: 'http/json',
      headers: { 'api-key': 'abc==', 'x-team': 'orders' },
      serviceName: 'orders-eu',
      sampler: 'parentbased_traceidratio',
      samplerRatio: 0.25,
    });
  });

  it('is off with OTEL_SDK_DISABLED=true', () => {
    expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', OTEL_SDK_DISABLED: 'true' }).tracing.tracesUrl).toBeUndefined();
  });

  it.each([
    ['OTEL_EXPORTER_OTLP_ENDPOINT', 'collector:4318', /OTEL_EXPORTER_OTLP_ENDPOINT/],
    ['OTEL_EXPORTER_OTLP_PROTOCOL', 'grpc', /OTEL_EXPORTER_OTLP_PROTOCOL must be http\/protobuf or http\/json/],
    ['OTEL_TRACES_SAMPLER', 'sometimes', /OTEL_TRACES_SAMPLER must be one of/],
    ['OTEL_TRACES_SAMPLER_ARG', '2', /OTEL_TRACES_SAMPLER_ARG must be a number between 0 and 1/],
    ['OTEL_EXPORTER_OTLP_HEADERS', 'no-equals-sign', /OTEL_EXPORTER_OTLP_HEADERS must be key=value pairs/],
  ])('refuses %s=%s at boot with a clear message', (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(message);
  });
});

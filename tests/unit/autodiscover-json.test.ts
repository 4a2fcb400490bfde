import { describe, expect, it } from 'vitest';
import { handleAutodiscoverJson } from '@/lib/autoconfig/autodiscover-json';
import { loadRegistryFile } from '@/lib/mail-registry/load-registry';

const demo = loadRegistryFile('config/mail-service.demo.json');
const site = { baseUrl: 'https://support.example.test' };
const ask = (address: string, query: string) =>
  handleAutodiscoverJson(
    new Request(`https://autodiscover.example.test/autodiscover/autodiscover.json/v1.0/${address}${query}`),
    address,
    demo,
    site,
  );

describe('Outlook JSON Autodiscover', () => {
  it('points Outlook at the POX service, whatever the letter case of the protocol', async () => {
    for (const protocol of ['AutodiscoverV1', 'autodiscoverv1']) {
      const response = await ask('taro%40example.test', `?Protocol=${protocol}&RedirectCount=1`);
      expect(response.status).toBe(200);
      expect(response.headers.get('Content-Type')).toContain('application/json');
      expect(await response.json()).toEqual({
        Protocol: 'AutodiscoverV1',
        Url: 'https://support.example.test/autodiscover/autodiscover.xml',
      });
    }
  });

  it('answers 404 for Exchange protocols and other domains, 400 for a missing protocol or a bad address', async () => {
    const activeSync = await ask('taro@example.test', '?Protocol=ActiveSync');
    expect(activeSync.status).toBe(404);
    expect(await activeSync.json()).toMatchObject({ ErrorCode: 'ProtocolNotSupported' });
    const elsewhere = await ask('taro@elsewhere.test', '?Protocol=AutodiscoverV1');
    expect(elsewhere.status).toBe(404);
    expect(await elsewhere.json()).toMatchObject({ ErrorCode: 'UserNotFound' });
    const missing = await ask('taro@example.test', '');
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({ ErrorCode: 'InvalidProtocol' });
    expect((await ask('not-an-address', '?Protocol=AutodiscoverV1')).status).toBe(400);
    expect((await ask('%E0%A4%A', '?Protocol=AutodiscoverV1')).status).toBe(400);
    expect((await ask('taro@example.test', '?Protocol=a&Protocol=b')).status).toBe(400);
  });
});

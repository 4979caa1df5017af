import { redacted, redactUri } from '../../src/model/redact';

describe('redactUri', () => {
  test.each([
    ['qemu+ssh://root:hunter2@kvm1/system', 'qemu+ssh://root:****@kvm1/system'],
    ['qemu+ssh://root:pa/ss@word@kvm1/system', 'qemu+ssh://root:****@kvm1/system'],
    ['https://admin:hunter2@vc.example.com/sdk', 'https://admin:****@vc.example.com/sdk'],
    ['admin:hunter2@hv1', 'admin:****@hv1'],
    ['qemu+tcp://kvm1/system?password=hunter2&keyfile=/k', 'qemu+tcp://kvm1/system?password=****&keyfile=/k'],
    ['qemu+tcp://kvm1/system?x=1&auth_token=hunter2', 'qemu+tcp://kvm1/system?x=1&auth_token=****'],
  ])('hides the secret of %s', (uri, expected) => {
    // GIVEN a URI carrying a secret WHEN it is redacted THEN the secret is gone and the rest is kept
    expect(redactUri(uri)).toBe(expected);
    expect(redactUri(uri)).not.toContain('hunter2');
  });

  test.each([
    'qemu+ssh://root@kvm1/system?keyfile=/keys/id',
    'qemu:///system',
    'vc.example.com:443',
  ])('keeps %s, which carries no secret', (uri) => {
    expect(redactUri(uri)).toBe(uri);
  });
});

describe('redacted', () => {
  test('describes a value by its length only', () => {
    expect(redacted('hunter2')).toBe('**** (hidden, 7 characters)');
  });
});

import { findSecretsInDocument } from '../../src/model/user-data-secrets';

const lines = (text: string) => findSecretsInDocument(text).map((f) => `${f.line}: ${f.what}`);

describe('findSecretsInDocument', () => {
  test.each([
    ['the default user\'s password', '#cloud-config\npassword: hunter2', ['2: key "password"']],
    ['a user\'s passwd', '#cloud-config\nusers:\n  - name: bob\n    passwd: $6$salt$hash', ['4: key "passwd"']],
    ['plain_text_passwd and hashed_passwd', '#cloud-config\nusers:\n  - name: a\n    plain_text_passwd: hunter2\n  - name: b\n    hashed_passwd: $6$x',
      ['4: key "plain_text_passwd"', '6: key "hashed_passwd"']],
    ['a chpasswd list as a block', '#cloud-config\nchpasswd:\n  expire: false\n  list: |\n    root:hunter2', ['4: key "chpasswd.list"']],
    ['a chpasswd list as a sequence', '#cloud-config\nchpasswd:\n  list:\n    - root:hunter2', ['3: key "chpasswd.list"']],
    ['chpasswd users in a flow mapping', '#cloud-config\nchpasswd:\n  users:\n    - {name: root, password: hunter2, type: text}', ['4: key "password"']],
    ['JSON user data', '#cloud-config\n{"chpasswd":{"list":["root:x"]},"users":[{"name":"a","passwd":"x"}]}', ['2: key "chpasswd.list"', '2: key "passwd"']],
    ['an ssh_keys private host key', '#cloud-config\nssh_keys:\n  ed25519_private: |\n    -----BEGIN OPENSSH PRIVATE KEY-----\n    b3Blbn',
      ['3: key "ed25519_private"', '4: a private key (BEGIN OPENSSH PRIVATE KEY)']],
    ['a PEM private key in write_files', '#cloud-config\nwrite_files:\n  - path: /etc/tls/key.pem\n    content: |\n      -----BEGIN EC PRIVATE KEY-----',
      ['5: a private key (BEGIN EC PRIVATE KEY)']],
    ['an encrypted private key', '-----BEGIN ENCRYPTED PRIVATE KEY-----', ['1: a private key (BEGIN ENCRYPTED PRIVATE KEY)']],
    ['a Wi-Fi password in a network config', 'version: 2\nwifis:\n  wlan0:\n    access-points:\n      "home":\n        password: "hunter2"', ['6: key "password"']],
    ['a cloudbase-init admin password', '#cloud-config\nadmin_pass: hunter2', ['2: key "admin_pass"']],
    ['a PowerShell plain-text password', '#ps1\n$p = ConvertTo-SecureString "hunter2" -AsPlainText -Force', ['2: a plain-text password (ConvertTo-SecureString -AsPlainText)']],
  ])('finds %s, by line and key', (_, text, expected) => {
    // GIVEN a document with a secret WHEN it is scanned THEN each secret is named by line and key
    expect(lines(text)).toEqual(expected);
  });

  test.each([
    ['a public key and locked passwords', '#cloud-config\nusers:\n  - name: bob\n    lock_passwd: true\n    ssh_authorized_keys: [ssh-ed25519 AAAA]\nssh_pwauth: false'],
    ['chpasswd without a list', '#cloud-config\nchpasswd: { expire: false }\nlist: not-a-password-list'],
    ['a password given by a token', '#cloud-config\npassword: ${TfToken[TOKEN.12]}'],
    ['an empty password', '#cloud-config\npasswd: ""'],
    ['a public key block', '-----BEGIN PUBLIC KEY-----\nMIIB'],
    ['a comment that mentions a password', '#cloud-config\n# password: set at first boot\nruncmd: [echo]'],
  ])('finds nothing in %s', (_, text) => {
    expect(lines(text)).toEqual([]);
  });

  test('never reports the value', () => {
    const found = JSON.stringify(findSecretsInDocument('#cloud-config\npassword: hunter2\nchpasswd:\n  list: |\n    root:hunter2'));
    expect(found).not.toContain('hunter2');
  });
});

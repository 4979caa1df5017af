/**
 * Connection URIs the libvirt provider (dmacvicar/libvirt 0.9.7) can open: the qemu driver over a
 * local unix socket, SSH (Go library or the system `ssh`), TCP or TLS.
 *
 * @see https://libvirt.org/uri.html
 */

/** Transports of the provider, by the `+transport` part of the URI scheme. */
const REMOTE = new Set(['ssh', 'sshcmd', 'tcp', 'tls']);
const LOCAL = new Set(['', 'unix']);

/** A parsed connection URI. */
export interface LibvirtUri {
  readonly transport: string;
  readonly host: string;
  readonly path: string;
}

/** The accepted forms, for error messages. */
export const LIBVIRT_URI_FORMS =
  'qemu:///system, qemu:///session, qemu+unix:///system, qemu+ssh://[user@]host[:port]/system, ' +
  'qemu+sshcmd://[user@]host[:port]/system, qemu+tcp://host[:port]/system, qemu+tls://host[:port]/system ' +
  '(optionally ?query, e.g. ?keyfile=/path/to/key)';

/**
 * Parses a libvirt connection URI; returns the reason it is not usable, or the parts.
 */
export function parseLibvirtUri(uri: string): LibvirtUri | { readonly error: string } {
  const match = /^([a-z][a-z0-9]*)(?:\+([a-z0-9]+))?:\/\/([^/?#]*)(\/[^?#]*)?(\?[^#]*)?$/.exec(uri);
  if (!match) return { error: 'it is not a URI of the form driver[+transport]://[host]/path' };
  const [, driver, transport = '', authority, path = ''] = match;
  if (driver !== 'qemu') {
    return { error: `driver "${driver}" is not supported by the provider, which manages QEMU/KVM` };
  }
  if (!REMOTE.has(transport) && !LOCAL.has(transport)) {
    return { error: `transport "${transport}" is not one of unix, ssh, sshcmd, tcp, tls` };
  }
  if (path !== '/system' && path !== '/session') {
    return { error: `path "${path}" is neither /system nor /session` };
  }
  const at = authority.lastIndexOf('@');
  const userInfo = at >= 0 ? authority.slice(0, at) : '';
  const hostPort = at >= 0 ? authority.slice(at + 1) : authority;
  if (userInfo.includes(':')) {
    return { error: 'it carries a password; a password in the URI would be written into the configuration' };
  }
  const hostMatch = /^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9._-]*)(?::(\d{1,5}))?$/.exec(hostPort);
  if (!hostMatch) return { error: `"${hostPort}" is not a host[:port]` };
  const [, host, port] = hostMatch;
  if (port !== undefined && (Number(port) < 1 || Number(port) > 65535)) {
    return { error: `port ${port} is out of range` };
  }
  if (REMOTE.has(transport) && host === '') {
    return { error: `transport "${transport}" connects to a remote host, but the URI names none` };
  }
  if (LOCAL.has(transport) && authority !== '') {
    return { error: 'a local (unix socket) URI names no host; use qemu+ssh://host/system to reach another machine' };
  }
  return { transport: transport || 'unix', host, path };
}

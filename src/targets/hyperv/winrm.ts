/*
 * How the Hyper-V target talks WinRM to its hosts: the options users give, shared by the provider
 * aliases and by the provisioners that run PowerShell on the hosts.
 */

/** Kerberos authentication for WinRM. */
export interface KerberosOptions {
  /** Kerberos realm, e.g. `CORP.EXAMPLE.COM`. */
  readonly realm: string;

  /**
   * Service principal name of the WinRM service.
   *
   * @default - the provider's default (`HTTP/<host>`)
   */
  readonly servicePrincipalName?: string;

  /**
   * Path of the krb5 configuration file on the machine that runs Terraform.
   *
   * @default - the provider's default, `/etc/krb5.conf` (or `HYPERV_KERBEROS_CONFIG`/`KRB5_CONFIG`)
   */
  readonly configPath?: string;

  /**
   * Path of the Kerberos credential cache on the machine that runs Terraform.
   *
   * @default - the provider's default (`KRB5CCNAME`)
   */
  readonly credentialCache?: string;
}

/**
 * How the provider talks WinRM to the hosts.
 *
 * @see https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs
 */
export interface WinRmOptions {
  /**
   * Use HTTPS.
   *
   * @default true
   */
  readonly https?: boolean;

  /**
   * WinRM port.
   *
   * @default - 5986 with HTTPS, 5985 without
   */
  readonly port?: number;

  /**
   * Skip verification of the hosts' TLS certificates. Use only in labs.
   *
   * @default false
   */
  readonly insecure?: boolean;

  /**
   * Authenticate with NTLM.
   *
   * @default - true, unless Kerberos is configured
   */
  readonly useNtlm?: boolean;

  /**
   * Kerberos authentication instead of NTLM.
   *
   * @default - no Kerberos
   */
  readonly kerberos?: KerberosOptions;

  /**
   * Server name expected in the hosts' TLS certificates.
   *
   * @default - the address connected to
   */
  readonly tlsServerName?: string;

  /**
   * Path of a CA certificate bundle that verifies the hosts' certificates.
   *
   * @default - the system's trust store
   */
  readonly caCertPath?: string;

  /**
   * Path of a client certificate, for certificate authentication.
   *
   * @default - no client certificate
   */
  readonly certPath?: string;

  /**
   * Path of the client certificate's private key.
   *
   * @default - no client key
   */
  readonly keyPath?: string;

  /**
   * Path, on the host, where the provider writes the scripts it runs.
   *
   * @default - the provider's default, `C:/Temp/terraform_%RAND%.cmd`
   */
  readonly scriptPath?: string;

  /**
   * WinRM operation timeout, in seconds.
   *
   * @default 30
   */
  readonly timeoutSeconds?: number;
}

// https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface HypervProviderConfig {
  /**
  * The path to the ca certificates to use for HyperV api calls. Can also be sourced from the `HYPERV_CACERT_PATH` environment variable otherwise defaults to empty string.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs#cacert_path HypervProvider#cacert_path}
  */
  readonly cacertPath?: string;
  /**
  * The path to the certificate to use for authentication for HyperV api calls. Can also be sourced from the `HYPERV_CERT_PATH` environment variable otherwise defaults to empty string.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs#cert_path HypervProvider#cert_path}
  */
  readonly certPath?: string;
  /**
  * The host to run HyperV api calls against. It can also be sourced from the `HYPERV_HOST` environment variable otherwise defaults to `127.0.0.1`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs#host HypervProvider#host}
  */
  readonly host?: string;
  /**
  * Should https be used for HyperV api calls. It can also be sourced from `HYPERV_HTTPS` environment variable otherwise defaults to `true`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs#https HypervProvider#https}
  */
  readonly https?: boolean | cdktf.IResolvable;
  /**
  * Skips TLS Verification for HyperV api calls. Generally this is used for self-signed certificates. Should only be used if absolutely needed. Can also be set via setting the `HYPERV_INSECURE` environment variable to `true` otherwise defaults to `false`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs#insecure HypervProvider#insecure}
  */
  readonly insecure?: boolean | cdktf.IResolvable;
  /**
  * Use Kerberos Config for authentication for HyperV api calls. Can also be set via setting the `HYPERV_KERBEROS_CONFIG` or `KRB5_CONFIG` environment variable otherwise defaults to `/etc/krb5.conf`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs#kerberos_config HypervProvider#kerberos_config}
  */
  readonly kerberosConfig?: string;
  /**
  * Use Kerberos Credential Cache for authentication for HyperV api calls. Can also be set via setting the `HYPERV_KERBEROS_CREDENTIAL_CACHE` or `KRB5CCNAME` environment variable otherwise defaults to empty string.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs#kerberos_credential_cache HypervProvider#kerberos_credential_cache}
  */
  readonly kerberosCredentialCache?: string;
  /**
  * Use Kerberos Realm for authentication for HyperV api calls. Can also be set via setting the `HYPERV_KERBEROS_REALM` environment variable otherwise defaults to empty string.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs#kerberos_realm HypervProvider#kerberos_realm}
  */
  readonly kerberosRealm?: string;
  /**
  * Use Kerberos Service Principal Name for authentication for HyperV api calls. Can also be set via setting the `HYPERV_KERBEROS_SERVICE_PRINCIPAL_NAME` environment variable otherwise defaults to empty string.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs#kerberos_service_principal_name HypervProvider#kerberos_service_principal_name}
  */
  readonly kerberosServicePrincipalName?: string;
  /**
  * The path to the certificate private key to use for authentication for HyperV api calls. Can also be sourced from the `HYPERV_KEY_PATH` environment variable otherwise defaults to empty string.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs#key_path HypervProvider#key_path}
  */
  readonly keyPath?: string;
  /**
  * The password associated with the username to use for HyperV api calls. It can also be sourced from the `HYPERV_PASSWORD` environment variable`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs#password HypervProvider#password}
  */
  readonly password?: string;
  /**
  * The port to run HyperV api calls against. It can also be sourced from the `HYPERV_PORT` environment variable otherwise defaults to `5986`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs#port HypervProvider#port}
  */
  readonly port?: number;
  /**
  * The path used to copy scripts meant for remote execution for HyperV api calls. Can also be sourced from the `HYPERV_SCRIPT_PATH` environment variable otherwise defaults to `C:/Temp/terraform_%RAND%.cmd`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs#script_path HypervProvider#script_path}
  */
  readonly scriptPath?: string;
  /**
  * The timeout to wait for the connection to become available for HyperV api calls. Should be provided as a string like 30s or 5m. Can also be sourced from the `HYPERV_TIMEOUT` environment variable otherwise defaults to `30s`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs#timeout HypervProvider#timeout}
  */
  readonly timeout?: string;
  /**
  * The TLS server name for the host used for HyperV api calls. It can also be sourced from the `HYPERV_TLS_SERVER_NAME` environment variable otherwise defaults to empty string.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs#tls_server_name HypervProvider#tls_server_name}
  */
  readonly tlsServerName?: string;
  /**
  * Use NTLM for authentication for HyperV api calls. Can also be set via setting the `HYPERV_USE_NTLM` environment variable to `true` otherwise defaults to `true`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs#use_ntlm HypervProvider#use_ntlm}
  */
  readonly useNtlm?: boolean | cdktf.IResolvable;
  /**
  * The username to use when HyperV api calls are made. Generally this is Administrator. It can also be sourced from the `HYPERV_USER` environment variable otherwise defaults to `Administrator.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs#user HypervProvider#user}
  */
  readonly user?: string;
  /**
  * Alias name
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs#alias HypervProvider#alias}
  */
  readonly alias?: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs hyperv}
*/
export class HypervProvider extends cdktf.TerraformProvider {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "hyperv";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a HypervProvider resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the HypervProvider to import
  * @param importFromId The id of the existing HypervProvider that should be imported. Refer to the {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the HypervProvider to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "hyperv", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/taliesins/hyperv/1.2.1/docs hyperv} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options HypervProviderConfig = {}
  */
  public constructor(scope: Construct, id: string, config: HypervProviderConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'hyperv',
      terraformGeneratorMetadata: {
        providerName: 'hyperv',
        providerVersion: '1.2.1',
        providerVersionConstraint: '~> 1.2.1'
      },
      terraformProviderSource: 'taliesins/hyperv'
    });
    this._cacertPath = config.cacertPath;
    this._certPath = config.certPath;
    this._host = config.host;
    this._https = config.https;
    this._insecure = config.insecure;
    this._kerberosConfig = config.kerberosConfig;
    this._kerberosCredentialCache = config.kerberosCredentialCache;
    this._kerberosRealm = config.kerberosRealm;
    this._kerberosServicePrincipalName = config.kerberosServicePrincipalName;
    this._keyPath = config.keyPath;
    this._password = config.password;
    this._port = config.port;
    this._scriptPath = config.scriptPath;
    this._timeout = config.timeout;
    this._tlsServerName = config.tlsServerName;
    this._useNtlm = config.useNtlm;
    this._user = config.user;
    this._alias = config.alias;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // cacert_path - computed: false, optional: true, required: false
  private _cacertPath?: string; 
  public get cacertPath() {
    return this._cacertPath;
  }
  public set cacertPath(value: string | undefined) {
    this._cacertPath = value;
  }
  public resetCacertPath() {
    this._cacertPath = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cacertPathInput() {
    return this._cacertPath;
  }

  // cert_path - computed: false, optional: true, required: false
  private _certPath?: string; 
  public get certPath() {
    return this._certPath;
  }
  public set certPath(value: string | undefined) {
    this._certPath = value;
  }
  public resetCertPath() {
    this._certPath = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get certPathInput() {
    return this._certPath;
  }

  // host - computed: false, optional: true, required: false
  private _host?: string; 
  public get host() {
    return this._host;
  }
  public set host(value: string | undefined) {
    this._host = value;
  }
  public resetHost() {
    this._host = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get hostInput() {
    return this._host;
  }

  // https - computed: false, optional: true, required: false
  private _https?: boolean | cdktf.IResolvable; 
  public get https() {
    return this._https;
  }
  public set https(value: boolean | cdktf.IResolvable | undefined) {
    this._https = value;
  }
  public resetHttps() {
    this._https = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get httpsInput() {
    return this._https;
  }

  // insecure - computed: false, optional: true, required: false
  private _insecure?: boolean | cdktf.IResolvable; 
  public get insecure() {
    return this._insecure;
  }
  public set insecure(value: boolean | cdktf.IResolvable | undefined) {
    this._insecure = value;
  }
  public resetInsecure() {
    this._insecure = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get insecureInput() {
    return this._insecure;
  }

  // kerberos_config - computed: false, optional: true, required: false
  private _kerberosConfig?: string; 
  public get kerberosConfig() {
    return this._kerberosConfig;
  }
  public set kerberosConfig(value: string | undefined) {
    this._kerberosConfig = value;
  }
  public resetKerberosConfig() {
    this._kerberosConfig = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get kerberosConfigInput() {
    return this._kerberosConfig;
  }

  // kerberos_credential_cache - computed: false, optional: true, required: false
  private _kerberosCredentialCache?: string; 
  public get kerberosCredentialCache() {
    return this._kerberosCredentialCache;
  }
  public set kerberosCredentialCache(value: string | undefined) {
    this._kerberosCredentialCache = value;
  }
  public resetKerberosCredentialCache() {
    this._kerberosCredentialCache = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get kerberosCredentialCacheInput() {
    return this._kerberosCredentialCache;
  }

  // kerberos_realm - computed: false, optional: true, required: false
  private _kerberosRealm?: string; 
  public get kerberosRealm() {
    return this._kerberosRealm;
  }
  public set kerberosRealm(value: string | undefined) {
    this._kerberosRealm = value;
  }
  public resetKerberosRealm() {
    this._kerberosRealm = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get kerberosRealmInput() {
    return this._kerberosRealm;
  }

  // kerberos_service_principal_name - computed: false, optional: true, required: false
  private _kerberosServicePrincipalName?: string; 
  public get kerberosServicePrincipalName() {
    return this._kerberosServicePrincipalName;
  }
  public set kerberosServicePrincipalName(value: string | undefined) {
    this._kerberosServicePrincipalName = value;
  }
  public resetKerberosServicePrincipalName() {
    this._kerberosServicePrincipalName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get kerberosServicePrincipalNameInput() {
    return this._kerberosServicePrincipalName;
  }

  // key_path - computed: false, optional: true, required: false
  private _keyPath?: string; 
  public get keyPath() {
    return this._keyPath;
  }
  public set keyPath(value: string | undefined) {
    this._keyPath = value;
  }
  public resetKeyPath() {
    this._keyPath = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get keyPathInput() {
    return this._keyPath;
  }

  // password - computed: false, optional: true, required: false
  private _password?: string; 
  public get password() {
    return this._password;
  }
  public set password(value: string | undefined) {
    this._password = value;
  }
  public resetPassword() {
    this._password = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get passwordInput() {
    return this._password;
  }

  // port - computed: false, optional: true, required: false
  private _port?: number; 
  public get port() {
    return this._port;
  }
  public set port(value: number | undefined) {
    this._port = value;
  }
  public resetPort() {
    this._port = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get portInput() {
    return this._port;
  }

  // script_path - computed: false, optional: true, required: false
  private _scriptPath?: string; 
  public get scriptPath() {
    return this._scriptPath;
  }
  public set scriptPath(value: string | undefined) {
    this._scriptPath = value;
  }
  public resetScriptPath() {
    this._scriptPath = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get scriptPathInput() {
    return this._scriptPath;
  }

  // timeout - computed: false, optional: true, required: false
  private _timeout?: string; 
  public get timeout() {
    return this._timeout;
  }
  public set timeout(value: string | undefined) {
    this._timeout = value;
  }
  public resetTimeout() {
    this._timeout = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timeoutInput() {
    return this._timeout;
  }

  // tls_server_name - computed: false, optional: true, required: false
  private _tlsServerName?: string; 
  public get tlsServerName() {
    return this._tlsServerName;
  }
  public set tlsServerName(value: string | undefined) {
    this._tlsServerName = value;
  }
  public resetTlsServerName() {
    this._tlsServerName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tlsServerNameInput() {
    return this._tlsServerName;
  }

  // use_ntlm - computed: false, optional: true, required: false
  private _useNtlm?: boolean | cdktf.IResolvable; 
  public get useNtlm() {
    return this._useNtlm;
  }
  public set useNtlm(value: boolean | cdktf.IResolvable | undefined) {
    this._useNtlm = value;
  }
  public resetUseNtlm() {
    this._useNtlm = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get useNtlmInput() {
    return this._useNtlm;
  }

  // user - computed: false, optional: true, required: false
  private _user?: string; 
  public get user() {
    return this._user;
  }
  public set user(value: string | undefined) {
    this._user = value;
  }
  public resetUser() {
    this._user = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get userInput() {
    return this._user;
  }

  // alias - computed: false, optional: true, required: false
  private _alias?: string; 
  public get alias() {
    return this._alias;
  }
  public set alias(value: string | undefined) {
    this._alias = value;
  }
  public resetAlias() {
    this._alias = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get aliasInput() {
    return this._alias;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      cacert_path: cdktf.stringToTerraform(this._cacertPath),
      cert_path: cdktf.stringToTerraform(this._certPath),
      host: cdktf.stringToTerraform(this._host),
      https: cdktf.booleanToTerraform(this._https),
      insecure: cdktf.booleanToTerraform(this._insecure),
      kerberos_config: cdktf.stringToTerraform(this._kerberosConfig),
      kerberos_credential_cache: cdktf.stringToTerraform(this._kerberosCredentialCache),
      kerberos_realm: cdktf.stringToTerraform(this._kerberosRealm),
      kerberos_service_principal_name: cdktf.stringToTerraform(this._kerberosServicePrincipalName),
      key_path: cdktf.stringToTerraform(this._keyPath),
      password: cdktf.stringToTerraform(this._password),
      port: cdktf.numberToTerraform(this._port),
      script_path: cdktf.stringToTerraform(this._scriptPath),
      timeout: cdktf.stringToTerraform(this._timeout),
      tls_server_name: cdktf.stringToTerraform(this._tlsServerName),
      use_ntlm: cdktf.booleanToTerraform(this._useNtlm),
      user: cdktf.stringToTerraform(this._user),
      alias: cdktf.stringToTerraform(this._alias),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      cacert_path: {
        value: cdktf.stringToHclTerraform(this._cacertPath),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      cert_path: {
        value: cdktf.stringToHclTerraform(this._certPath),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      host: {
        value: cdktf.stringToHclTerraform(this._host),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      https: {
        value: cdktf.booleanToHclTerraform(this._https),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      insecure: {
        value: cdktf.booleanToHclTerraform(this._insecure),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      kerberos_config: {
        value: cdktf.stringToHclTerraform(this._kerberosConfig),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      kerberos_credential_cache: {
        value: cdktf.stringToHclTerraform(this._kerberosCredentialCache),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      kerberos_realm: {
        value: cdktf.stringToHclTerraform(this._kerberosRealm),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      kerberos_service_principal_name: {
        value: cdktf.stringToHclTerraform(this._kerberosServicePrincipalName),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      key_path: {
        value: cdktf.stringToHclTerraform(this._keyPath),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      password: {
        value: cdktf.stringToHclTerraform(this._password),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      port: {
        value: cdktf.numberToHclTerraform(this._port),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      script_path: {
        value: cdktf.stringToHclTerraform(this._scriptPath),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      timeout: {
        value: cdktf.stringToHclTerraform(this._timeout),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      tls_server_name: {
        value: cdktf.stringToHclTerraform(this._tlsServerName),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      use_ntlm: {
        value: cdktf.booleanToHclTerraform(this._useNtlm),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      user: {
        value: cdktf.stringToHclTerraform(this._user),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      alias: {
        value: cdktf.stringToHclTerraform(this._alias),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}

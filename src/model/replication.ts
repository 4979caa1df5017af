import { DesignError } from './errors';

/** How a replica pair keeps its replica. */
export enum ReplicationMode {
  /**
   * Both VMs run, kept on different hosts (or clusters); the application replicates between
   * them. Works on every vendor.
   */
  GUEST = 'guest',
  /**
   * The hypervisor replicates the primary to a replica host (Hyper-V Replica); the replica VM is
   * the hypervisor's, not a second VM of the design. Hyper-V only.
   */
  HYPERVISOR = 'hypervisor',
}

/** How often Hyper-V Replica sends changes. */
export enum ReplicationFrequency {
  /** Every 30 seconds. */
  THIRTY_SECONDS = 30,
  /** Every 5 minutes. */
  FIVE_MINUTES = 300,
  /** Every 15 minutes. */
  FIFTEEN_MINUTES = 900,
}

/** How the primary host authenticates to the replica server. */
export class ReplicaAuthentication {
  /**
   * Kerberos over HTTP (hosts in one Active Directory forest).
   *
   * @param port the replica server's port
   */
  public static kerberos(port = 80): ReplicaAuthentication {
    return new ReplicaAuthentication('Kerberos', port, undefined);
  }

  /**
   * Certificates over HTTPS (hosts outside a common domain, or across sites).
   *
   * @param thumbprint thumbprint of the certificate, in the hosts' certificate stores
   * @param port the replica server's port
   */
  public static certificate(thumbprint: string, port = 443): ReplicaAuthentication {
    if (!/^[0-9A-Fa-f]{40}$/.test(thumbprint)) {
      throw new DesignError(undefined, {
        problem: 'The certificate thumbprint is not a SHA-1 thumbprint.',
        value: JSON.stringify(thumbprint),
        allowed: '40 hexadecimal digits',
      });
    }
    return new ReplicaAuthentication('Certificate', port, thumbprint.toUpperCase());
  }

  private constructor(
    /** `Kerberos` or `Certificate`, as Hyper-V names them. */
    public readonly kind: string,
    /** The replica server's port. */
    public readonly port: number,
    /**
     * Thumbprint of the certificate.
     *
     * @default - none (Kerberos)
     */
    public readonly thumbprint: string | undefined,
  ) {
    if (!Number.isInteger(port) || port < 1 || port > 65535) {
      throw new DesignError(undefined, { problem: 'The replica port is out of range.', value: String(port), allowed: '1 to 65535' });
    }
  }
}

/** Settings of hypervisor replication (Hyper-V Replica). */
export interface HypervisorReplicationOptions {
  /**
   * How often changes are sent.
   *
   * @default ReplicationFrequency.FIVE_MINUTES
   */
  readonly frequency?: ReplicationFrequency;

  /**
   * Additional recovery points kept on the replica (0 to 24; 0 keeps the latest only).
   *
   * @default 0
   */
  readonly recoveryPoints?: number;

  /**
   * How the primary host authenticates to the replica server.
   *
   * @default ReplicaAuthentication.kerberos()
   */
  readonly authentication?: ReplicaAuthentication;

  /**
   * Where the replica server keeps replicas.
   *
   * @default 'C:\\Hyper-V\\Replica'
   */
  readonly storagePath?: string;
}

/** A checkpoint (snapshot) the pair's VMs get as short-term protection, e.g. before maintenance. */
export interface CheckpointOptions {
  /** Name of the checkpoint. */
  readonly name: string;

  /**
   * Description of the checkpoint (vSphere; Hyper-V checkpoints have none and refuse it).
   *
   * @default - none
   */
  readonly description?: string;

  /**
   * Folder of the checkpoint files on the host (Hyper-V).
   *
   * @default - with the VM
   */
  readonly location?: string;
}

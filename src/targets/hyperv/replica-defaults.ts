/** Where a Hyper-V Replica server keeps replicas when the design names no storage path. */
export const HYPERV_REPLICA_STORAGE_PATH = 'C:\\Hyper-V\\Replica';

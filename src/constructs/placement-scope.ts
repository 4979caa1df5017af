import { IConstruct } from 'constructs';
import type { HaCluster } from './ha-cluster';
import { DesignError } from '../model/errors';
import { ITarget } from '../model/target-contract';

/** The target of a design element given a target, a cluster, or both. */
export function targetOf(scope: IConstruct, target: ITarget | undefined, cluster: HaCluster | undefined): ITarget {
  if (cluster !== undefined) {
    if (target !== undefined && target !== cluster.target) {
      throw new DesignError(scope, {
        problem: `The cluster ${cluster.node.path} belongs to target ${cluster.target.node.path}, not to ${target.node.path}.`,
        fix: 'give the cluster only; its target is implied',
      });
    }
    return cluster.target;
  }
  if (target === undefined) {
    throw new DesignError(scope, {
      problem: 'The element names neither a target nor a cluster to be rendered for.',
      fix: 'give target or cluster',
    });
  }
  return target;
}

/** The network page's tables, computed from the topology model and the Network stack's lists. */
export * from './subnets';
export * from './routes';
export * from './security-groups';
export { gatewayEndpointServices, interfaceEndpointServices } from '../../infra/lib/endpoints';

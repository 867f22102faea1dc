export { startGateway, type Gateway, type GatewayOptions } from './server';
export { createTokenService, jwtSecret, type TokenService } from './auth/tokens';
export { hashPassword } from './auth/passwords';

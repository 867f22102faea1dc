/** The platform admin every test run starts with (created by the global setup). */
export const TEST_ADMIN = { email: 'admin@test.chainlift', password: 'test-admin-password' };

/** The password of every user the fixtures create. */
export const TEST_PASSWORD = 'fixture-password-1';

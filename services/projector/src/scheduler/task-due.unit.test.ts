import { uuidFromName } from './task-due';

describe('uuidFromName', () => {
  it('is a UUID, the same for the same name and different for another', () => {
    const id = uuidFromName('task-due:t1:2026-02-01');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(uuidFromName('task-due:t1:2026-02-01')).toBe(id);
    expect(uuidFromName('task-due:t1:2026-02-02')).not.toBe(id);
  });
});

import type { Profile } from '../core/schemas/profile';
import type { AppDatabase } from './database';

export async function loadProfile(db: AppDatabase): Promise<Profile> {
  const row = await db.profile.get('me');
  if (!row) return {};
  const { id: _id, ...profile } = row;
  return profile;
}

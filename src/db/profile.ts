import type { Profile } from '../core/schemas/profile';
import { PROFILE_KEY, type AppDatabase } from './database';

export async function loadProfile(db: AppDatabase): Promise<Profile> {
  const row = await db.profile.get(PROFILE_KEY);
  if (!row) return {};
  const { id: _id, ...profile } = row;
  return profile;
}

import { profileSchema, type Profile } from '../core/schemas/profile';
import { runWrite } from './connection';
import { PROFILE_KEY, type AppDatabase } from './database';
import { StorageError } from './errors';

export async function saveProfile(db: AppDatabase, profile: Profile): Promise<Profile> {
  const result = profileSchema.safeParse(profile);
  if (!result.success) throw new StorageError('invalid', result.error.issues[0]?.message);
  // Blank fields are dropped, not stored as empty strings: the PDF prints a line to fill by hand instead.
  const clean = Object.fromEntries(Object.entries(result.data).filter(([, value]) => value !== undefined && value !== '')) as Profile;
  await runWrite(db, () => db.profile.put({ ...clean, id: PROFILE_KEY }));
  return clean;
}

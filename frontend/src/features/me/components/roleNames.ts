import type { Me } from '../api/useMe';

const ROLE_NAMES: Record<Me['roles'][number], string> = {
  admin: 'Administrator',
  officer: 'Officer',
  'board-member': 'Board member',
  analyst: 'Analyst',
  partner: 'Partner system',
};

export function roleName(role: Me['roles'][number]): string {
  return ROLE_NAMES[role];
}

/**
 * The organisation tree of a generated province: 省财政厅 → 市财政局 → 县财政局 → 主管部门
 * (one per sector) → 预算单位, sized so that the units add up to the number asked for, and one
 * account per organisation (finance reviewers, supervisor reviewers, unit fillers and leaders).
 */
import type { OrganisationKind, Role } from '../../db/schema.ts';
import type { Random } from './random.ts';
import { placeSyllables, provinceName, sectors, type Sector } from './vocabulary.ts';

export interface PlannedOrganisation {
  id: string;
  parentId: string | null;
  kind: OrganisationKind;
  name: string;
  /** '/root/…/self/', the stored form. */
  path: string;
  /** Units and supervisors: the sector whose indicators they write. */
  sector: Sector | null;
  /** For documents: the 主管部门 name above a unit. */
  supervisorName: string | null;
  /** A 主管部门 above it on the path, itself excluded (organisations.has_supervisor; separation of duties). */
  hasSupervisor: boolean;
}

export interface PlannedUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  organisationId: string;
}

export interface ProvincePlan {
  organisations: PlannedOrganisation[];
  units: PlannedOrganisation[];
  users: PlannedUser[];
}

/** About this many units in one county, and at most this many counties in one city (a province has 14 cities). */
const unitsPerCounty = 80;
const countiesPerCity = 9;
const maxCities = 14;

function createPlaceNames(random: Random, count: number, suffix: string, taken: Set<string>): string[] {
  const names: string[] = [];
  while (names.length < count) {
    const base = `${random.pick(placeSyllables.first)}${random.pick(placeSyllables.second)}`;
    // Past the 600 two-syllable names a number keeps them unique.
    const name = taken.has(base + suffix) ? `${base}${taken.size}${suffix}` : base + suffix;
    if (taken.has(name)) continue;
    taken.add(name);
    names.push(name);
  }
  return names;
}

/** Spreads `total` over `parts` as evenly as whole numbers allow. */
function spread(total: number, parts: number): number[] {
  return Array.from({ length: parts }, (_, index) => Math.floor(total / parts) + (index < total % parts ? 1 : 0));
}

/** The whole tree for `unitCount` units; ids are numbered in creation order, so the same seed gives the same ids. */
export function planProvince(random: Random, unitCount: number): ProvincePlan {
  const organisations: PlannedOrganisation[] = [];
  const users: PlannedUser[] = [];
  let nextId = 1;
  const add = (parent: PlannedOrganisation | null, kind: OrganisationKind, name: string, sector: Sector | null = null, supervisorName: string | null = null) => {
    const id = `o${String(nextId++).padStart(6, '0')}`;
    const hasSupervisor = parent?.kind === 'supervisor' || (parent?.hasSupervisor ?? false);
    const organisation = { id, parentId: parent?.id ?? null, kind, name, path: `${parent?.path ?? '/'}${id}/`, sector, supervisorName, hasSupervisor };
    organisations.push(organisation);
    return organisation;
  };
  const addUser = (organisation: PlannedOrganisation, role: Role, displayName: string) => {
    const id = `u${String(users.length + 1).padStart(6, '0')}`;
    users.push({ id, username: `${role}-${organisation.id}`, displayName, role, organisationId: organisation.id });
  };

  const province = add(null, 'finance-bureau', `${provinceName}财政厅`);
  addUser(province, 'finance-reviewer', '省财政厅绩效处');
  addUser(province, 'admin', '系统管理员');
  const countyCount = Math.max(1, Math.round(unitCount / unitsPerCounty));
  const cityCount = Math.min(maxCities, Math.max(1, Math.ceil(countyCount / countiesPerCity)));
  const taken = new Set<string>();
  const cityNames = createPlaceNames(random, cityCount, '市', taken);
  const countiesByCity = spread(countyCount, cityCount);
  const unitsByCounty = spread(unitCount, countyCount);
  const units: PlannedOrganisation[] = [];
  let countyIndex = 0;
  for (const [cityIndex, cityName] of cityNames.entries()) {
    const city = add(province, 'finance-bureau', `${cityName}财政局`);
    addUser(city, 'finance-reviewer', `${cityName}财政局绩效科`);
    for (const countyName of createPlaceNames(random, countiesByCity[cityIndex]!, '县', taken)) {
      const county = add(city, 'finance-bureau', `${countyName}财政局`);
      addUser(county, 'finance-reviewer', `${countyName}财政局绩效股`);
      const countyUnits = unitsByCounty[countyIndex++]!;
      const sectorCount = Math.min(sectors.length, countyUnits);
      for (const [sectorIndex, unitsOfSector] of spread(countyUnits, sectorCount).entries()) {
        const sector = sectors[sectorIndex]!;
        const supervisorName = `${countyName}${sector.supervisor}`;
        const supervisor = add(county, 'supervisor', supervisorName, sector);
        addUser(supervisor, 'supervisor-reviewer', `${supervisorName}审核`);
        for (let index = 0; index < unitsOfSector; index++) {
          const pattern = sector.units[index % sector.units.length]!;
          const round = Math.floor(index / sector.units.length) + 1;
          const name = pattern.includes('{n}') ? pattern.replace('{n}', String(round)) : round === 1 ? pattern : `${pattern}${round}`;
          const unit = add(supervisor, 'unit', `${countyName}${name}`, sector, supervisorName);
          addUser(unit, 'unit-filler', `${unit.name}填报员`);
          units.push(unit);
        }
      }
    }
  }
  return { organisations, units, users };
}

import type { RenderContext } from '../context.js';
import { escapeHtml } from '../escape.js';
import { enumOf, inline, invalid, missing, subheading, textOf } from '../html.js';
import { mailtoUrl } from '../links.js';
import type { Field } from '../read.js';
import { statusTone } from '../status.js';
import { moduleSection } from './section.js';

function span(ctx: RenderContext, field: Field, className?: string): string {
  const cls = className ? ` class="${className}"` : '';
  return `<span${cls}${ctx.attr(field.pointer)}>${textOf(ctx, field)}${ctx.slot(field.pointer)}</span>`;
}

/** Name, role, phone (with extension) and e-mail of a contact. */
function contact(ctx: RenderContext, person: Field): string {
  if (!person.isRecord) return `<li${ctx.attr(person.pointer)}>${invalid(ctx, person, 'a mapping')}</li>`;
  const name = person.at('name');
  const role = person.at('role');
  const phone = person.at('phone');
  const ext = person.at('phoneExt');
  const email = person.at('email');
  const parts: string[] = [];
  parts.push(name.isPresent ? span(ctx, name, 'ty-person') : '<span class="ty-muted">(no name)</span>');
  if (role.isPresent) parts.push(inline(ctx, role, enumOf(ctx, role, 'ContactRole'), 'ty-muted'));
  if (phone.isPresent) {
    parts.push(`${span(ctx, phone)}${ext.isPresent ? ` ext. ${span(ctx, ext)}` : ''}`);
  }
  if (email.isPresent) {
    const text = email.text();
    const url = text === undefined ? undefined : mailtoUrl(text);
    parts.push(
      url && text !== undefined
        ? `<span${ctx.attr(email.pointer)}><a href="${escapeHtml(url)}">${escapeHtml(text.trim())}</a>${ctx.slot(email.pointer)}</span>`
        : span(ctx, email),
    );
  }
  return `<li class="ty-contact"${ctx.attr(person.pointer)}>${ctx.slot(person.pointer)}${parts.join(' · ')}</li>`;
}

function contacts(ctx: RenderContext, list: Field): string {
  if (!list.isList) return invalid(ctx, list, 'a list');
  return `<ul class="ty-plain-list ty-contacts"${ctx.attr(list.pointer)}>${ctx.slot(list.pointer)}${list
    .items()
    .map((person) => contact(ctx, person))
    .join('')}</ul>`;
}

function official(ctx: RenderContext, person: Field): string {
  if (!person.isRecord) return `<li${ctx.attr(person.pointer)}>${invalid(ctx, person, 'a mapping')}</li>`;
  const name = person.at('name');
  const role = person.at('role');
  const affiliation = person.at('affiliation');
  let html = name.isPresent ? span(ctx, name, 'ty-person') : missing(ctx, name, 'Name not provided');
  if (role.isPresent) html += `, ${inline(ctx, role, enumOf(ctx, role, 'OfficialRole'))}`;
  if (affiliation.isPresent) html += `<br>${span(ctx, affiliation, 'ty-muted')}`;
  return `<li${ctx.attr(person.pointer)}>${ctx.slot(person.pointer)}${html}</li>`;
}

/** One site: facility, status, city/state/zip, contacts. */
function location(ctx: RenderContext, site: Field): string {
  if (!site.isRecord)
    return `<li class="ty-location"${ctx.attr(site.pointer)}>${invalid(ctx, site, 'a mapping')}</li>`;
  const facility = site.at('facility');
  const status = site.at('status');
  const place: string[] = [];
  for (const key of ['city', 'state', 'zip'] as const) {
    const field = site.at(key);
    if (field.isPresent) place.push(span(ctx, field));
  }
  let html = facility.isPresent
    ? `<strong>${span(ctx, facility)}</strong>`
    : missing(ctx, facility, 'Facility not provided');
  if (status.isPresent) {
    const code = status.string() ?? '';
    html +=
      ` <span class="ty-status"${ctx.attr(status.pointer)}><span class="ty-badge ty-badge-small ty-status-${statusTone(code)}">` +
      `${enumOf(ctx, status, 'RecruitmentStatus')}</span>${ctx.slot(status.pointer)}</span>`;
  }
  html += `<br><span class="ty-place">${place.length > 0 ? place.join(', ') : missing(ctx, site.at('city'), 'City not provided')}</span>`;
  const people = site.at('contacts');
  if (people.isPresent) html += contacts(ctx, people);
  return `<li class="ty-location"${ctx.attr(site.pointer)}>${ctx.slot(site.pointer)}${html}</li>`;
}

/** Locations grouped by country (countries in alphabetical order, sites in file order). */
function locations(ctx: RenderContext, list: Field): string {
  if (!list.isList) return invalid(ctx, list, 'a list');
  const groups = new Map<string, Field[]>();
  const noCountry: Field[] = [];
  const sites = list.items();
  for (const site of sites) {
    const country = site.at('country').text()?.trim();
    if (!country) noCountry.push(site);
    else {
      const group = groups.get(country);
      if (group) group.push(site);
      else groups.set(country, [site]);
    }
  }
  const names = [...groups.keys()].sort((a, b) => a.localeCompare(b, 'en'));
  const count = sites.length;
  let html = `<div class="ty-locations"${ctx.attr(list.pointer)}>${ctx.slot(list.pointer)}`;
  html += `<p class="ty-muted">${count} location${count === 1 ? '' : 's'} in ${names.length} countr${names.length === 1 ? 'y' : 'ies'}</p>`;
  const group = (title: string, members: Field[], className = ''): void => {
    html += `<div class="ty-country${className}"><h4>${title} <span class="ty-count">(${members.length})</span></h4><ul class="ty-location-list">`;
    for (const site of members) html += location(ctx, site);
    html += '</ul></div>';
  };
  for (const name of names) group(escapeHtml(name), groups.get(name) ?? []);
  if (noCountry.length > 0)
    group('<span class="ty-missing">Country not provided</span>', noCountry, ' ty-no-country');
  return `${html}</div>`;
}

/** Central contacts, overall officials, and the locations grouped by country. */
export function renderContactsLocations(ctx: RenderContext, trial: Field): string {
  const status = trial.path('statusModule', 'overallStatus').string();
  const open = status === 'RECRUITING' || status === 'NOT_YET_RECRUITING';
  return moduleSection(
    ctx,
    { id: 'contacts-locations', title: 'Contacts and locations' },
    trial.at('contactsLocationsModule'),
    (module) => {
      const central = module.at('centralContacts');
      const officials = module.at('overallOfficials');
      const sites = module.at('locations');
      let html = '';
      if (central.isPresent) html += subheading('Central contacts') + contacts(ctx, central);
      else if (open) html += subheading('Central contacts') + `<p>${missing(ctx, central, 'None given')}</p>`;
      if (officials.isPresent) {
        html += subheading('Study officials');
        html += officials.isList
          ? `<ul class="ty-plain-list"${ctx.attr(officials.pointer)}>${ctx.slot(officials.pointer)}${officials
              .items()
              .map((person) => official(ctx, person))
              .join('')}</ul>`
          : invalid(ctx, officials, 'a list');
      }
      html += subheading('Locations');
      html += sites.isPresent ? locations(ctx, sites) : '<p class="ty-muted">No locations given</p>';
      return html;
    },
    { absentText: 'No contacts or locations given' },
  );
}

/**
 * Custom domain names (GetDomainNames) with their base path mappings (GetBasePathMappings), and client
 * certificates (GetClientCertificates) with their expiry. A domain name's server certificate lives in
 * ACM (certificateArn); GetDomainName carries only its name, ARN and upload date, and ACM's
 * DescribeCertificate (where AWS keeps NotAfter) is not served here, so its expiry is not shown.
 */
import { items, seg } from '../api.js';
import type { Ctx } from '../context.js';
import { h, link, section, table, when } from '../dom.js';

interface DomainName {
  domainName: string;
  certificateName?: string;
  certificateArn?: string;
  regionalCertificateArn?: string;
  certificateUploadDate?: number;
  domainNameStatus?: string;
  endpointConfiguration?: { types?: string[] };
  securityPolicy?: string;
}

interface Mapping {
  basePath?: string;
  restApiId: string;
  stage?: string;
}

interface ClientCertificate {
  clientCertificateId: string;
  description?: string;
  createdDate?: number;
  expirationDate?: number;
}

export async function domainsView(ctx: Ctx): Promise<Node> {
  const [domains, certs] = await Promise.all([items<DomainName>(ctx.api, '/domainnames'), items<ClientCertificate>(ctx.api, '/clientcertificates')]);
  const mappings = await Promise.all(domains.map((d) => items<Mapping>(ctx.api, `/domainnames/${seg(d.domainName)}/basepathmappings`)));
  const now = Date.now() / 1000;
  return h(
    'div',
    {},
    h('h1', {}, 'Domain names'),
    domains.length
      ? domains.map((d, i) =>
          section(
            d.domainName,
            table(
              `Domain ${d.domainName}`,
              ['Endpoint', 'Status', 'Certificate', 'Uploaded', 'TLS policy'],
              [
                [
                  d.endpointConfiguration?.types?.join(', '),
                  d.domainNameStatus,
                  h('code', {}, d.certificateArn ?? d.regionalCertificateArn ?? d.certificateName ?? ''),
                  when(d.certificateUploadDate),
                  d.securityPolicy,
                ],
              ],
            ),
            table(
              `Base path mappings of ${d.domainName}`,
              ['Base path', 'API', 'Stage'],
              mappings[i].map((m) => [h('code', {}, m.basePath ?? '(none)'), link(`#/apis/${m.restApiId}`, m.restApiId), m.stage ?? '(any)']),
            ),
          ),
        )
      : h('p', { class: 'empty' }, 'Domain names: none (CreateDomainName adds one).'),
    section(
      'Client certificates',
      table(
        'Client certificates',
        ['ID', 'Description', 'Created', 'Expires'],
        certs.map((c) => [
          h('code', {}, c.clientCertificateId),
          c.description,
          when(c.createdDate),
          h('span', { class: (c.expirationDate ?? 0) < now + 30 * 86400 ? 'warn' : '' }, when(c.expirationDate)),
        ]),
      ),
    ),
  );
}

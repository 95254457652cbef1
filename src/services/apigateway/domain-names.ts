/**
 * DomainName: Create, Get, GetDomainNames, Update through the patch table (aws-behavior.md PATCH
 * "UpdateDomainName"), Delete with its base path mappings. An edge-optimized name gets a CloudFront
 * distribution name and CloudFront's hosted zone; a regional one gets a `d-…execute-api` name and the
 * region's execute-api hosted zone. Uploaded certificate bodies, chains and private keys are checked
 * (the key must match the body), kept in the entity, and never returned by any operation.
 */
import { createPrivateKey, X509Certificate, type KeyObject } from 'node:crypto';
import { badRequest } from './errors.js';
import { pageOf } from './paging.js';
import { applyPatch, type PatchTable } from './patch.js';
import { longId, nowSeconds, shortId } from '../../shared/ids.js';
import type { StoreReader } from '../../store/store.js';
import type { ControlContext, Handlers, Input } from './context.js';
import { enumValue, isEnumValue } from './enums.js';
import type { DomainName as DomainNameView, EndpointConfiguration as EndpointConfigurationInput } from './generated/types.js';
import { endpointConfigurationView } from './rest-apis.js';
import { arnFor, checkTags, createTags } from './tags.js';
import type { DomainEndpointConfiguration, MutualTls, UploadedCertificate, DomainName } from '../../domain/domain-name.js';
import { domainNameAccessAssociations, domainNames, domainNotFound } from './collections.js';

/**
 * The region-agnostic hosted zone of every edge-optimized (CloudFront) endpoint, and the per-region
 * hosted zones of the execute-api Regional endpoints: "Amazon API Gateway endpoints and quotas",
 * https://docs.aws.amazon.com/general/latest/gr/apigateway.html (the page's "Route 53 Hosted Zone ID"
 * column). Public scripts that copy the page agree (e.g. codenize-tools/roadworker
 * lib/roadworker/route53-ext.rb for the older regions, except its ap-northeast-3 value, which is
 * S3's website zone there).
 */
export const EDGE_HOSTED_ZONE_ID = 'Z2FDTNDATAQYW2';
export const REGIONAL_HOSTED_ZONE_IDS: Readonly<Record<string, string>> = {
  'us-east-1': 'Z1UJRXOUMOOFQ8',
  'us-east-2': 'ZOJJZC49E0EPZ',
  'us-west-1': 'Z2MUQ32089INYE',
  'us-west-2': 'Z2OJLYMUO9EFXC',
  'af-south-1': 'Z2DHW2332DAMTN',
  'ap-east-1': 'Z3FD1VL90ND7K5',
  'ap-east-2': 'Z02909591O7FG9Q56HWB1',
  'ap-south-1': 'Z3VO1THU9YC4UR',
  'ap-south-2': 'Z0853509Q1135NJ66RUH',
  'ap-northeast-1': 'Z1YSHQZHG15GKL',
  'ap-northeast-2': 'Z20JF4UZKIW1U8',
  'ap-northeast-3': 'Z22ILHG95FLSZ2',
  'ap-southeast-1': 'ZL327KTPIQFUL',
  'ap-southeast-2': 'Z2RPCDW04V8134',
  'ap-southeast-3': 'Z10132843TYUYSLUG4HA3',
  'ap-southeast-4': 'Z092189423Y7RJK61311D',
  'ap-southeast-5': 'Z0314042F0KBUTZ3X5HF',
  'ap-southeast-7': 'Z048508712PZLK5NKG8R0',
  'ca-central-1': 'Z19DQILCV0OWEC',
  'ca-west-1': 'Z04745493436AWVTG1OQY',
  'eu-central-1': 'Z1U9ULNL0V5AJ3',
  'eu-central-2': 'Z09222482MK253X48U76H',
  'eu-north-1': 'Z3UWIKFBOOGXPP',
  'eu-south-1': 'Z3BT4WSQ9TDYZV',
  'eu-south-2': 'Z02499852UI5HEQ5JVWX3',
  'eu-west-1': 'ZLY8HYME6SFDD',
  'eu-west-2': 'ZJ5UAJN8Y3Z2Q',
  'eu-west-3': 'Z3KY65QIEKYHQQ',
  'il-central-1': 'Z07264553HBI44N5X2CKP',
  'me-central-1': 'Z08780021BKYYY8U0YHTV',
  'me-south-1': 'Z20ZBPC0SS8806',
  'mx-central-1': 'Z00020171WIGL5M88SHRM',
  'sa-east-1': 'ZCMLWB8V5SYIT',
  'us-gov-east-1': 'Z3SE9ATJYCRCZJ',
  'us-gov-west-1': 'Z1K6XKP9SAGWDV',
};

const PUBLIC_TYPES = ['EDGE', 'REGIONAL'];

// LocalStack's and moto's texts (recorded-facts.md "Seed operations with no AWS snapshot"), not recorded against AWS.
export const noDomainName = (): Error => badRequest('No Domain Name specified');
/** AWS's text and code for a taken name: BadRequestException, not a conflict (Miserlou/Zappa#1410, zappa/Zappa#532). */
const domainExists = (): Error => badRequest('The domain name you provided already exists.');

/**
 * The stored domain name. `domainNameId` is only meaningful for private custom domain names: it is
 * accepted and ignored for public ones; for a private one a different id is not this domain.
 */
export async function getDomain(reader: StoreReader, ctx: ControlContext, name: string, domainNameId?: string): Promise<DomainName> {
  if (!name) throw noDomainName();
  const d = await domainNames.in(reader, ctx.region).getOrThrow(name);
  if (d.domainNameId && domainNameId && domainNameId !== d.domainNameId) throw domainNotFound();
  return d;
}

/** Every view leaves the uploaded certificate out and narrows the enum members (checked when set); Create and list items leave out empty tags. */
function view(d: DomainName): DomainNameView {
  const { uploadedCertificate: _secret, ...rest } = d;
  return {
    ...rest,
    endpointConfiguration: endpointConfigurationView(d.endpointConfiguration),
    domainNameStatus: enumValue('DomainNameStatus', d.domainNameStatus),
    securityPolicy: enumValue('SecurityPolicy', d.securityPolicy),
    endpointAccessMode: enumValue('EndpointAccessMode', d.endpointAccessMode),
    routingMode: enumValue('RoutingMode', d.routingMode),
  };
}
const getView = view;
const createView = (d: DomainName): DomainNameView => ({ ...view(d), tags: createTags(d.tags) });
const listView = createView;

/** `d` + 13 lowercase alphanumerics, the shape of a CloudFront distribution name (e.g. `d2m2kec3ulw33f.cloudfront.net`). */
const distributionName = (): string => `d${longId()}${shortId().slice(0, 3)}.cloudfront.net`;
/** `d-` + 10 lowercase alphanumerics, as in real Route 53 alias targets (e.g. `d-j2zf4098xg.execute-api.us-east-1.amazonaws.com`). */
const regionalName = (region: string): string => `d-${longId()}.execute-api.${region}.amazonaws.com`;

function enableEdge(d: DomainName): void {
  d.distributionDomainName ??= distributionName();
  d.distributionHostedZoneId = EDGE_HOSTED_ZONE_ID;
}
function enableRegional(d: DomainName, region: string): void {
  d.regionalDomainName ??= regionalName(region);
  // A region missing from AWS's table (a made-up region name) gets no hosted zone rather than a wrong one.
  const zone = REGIONAL_HOSTED_ZONE_IDS[region];
  if (zone) d.regionalHostedZoneId = zone;
  else delete d.regionalHostedZoneId;
}
function disableEdge(d: DomainName): void {
  delete d.distributionDomainName;
  delete d.distributionHostedZoneId;
}
function disableRegional(d: DomainName): void {
  delete d.regionalDomainName;
  delete d.regionalHostedZoneId;
}

const BOTH_DISABLED = 'REGIONAL Configuration and EDGE Configuration cannot be both DISABLED.';

/** CreateRestApi's endpoint rules where they apply (peer-localstack F6, F9–F11); default EDGE. */
function endpointConfiguration(input: EndpointConfigurationInput | undefined): DomainEndpointConfiguration {
  const types = input?.types ?? ['EDGE'];
  if (types.length === 0) throw badRequest(BOTH_DISABLED);
  // Recorded for CreateRestApi (F9); not recorded for CreateDomainName, which shares the validator's rule.
  if (types.length > 1) throw badRequest('Cannot create an api with multiple Endpoint Types.');
  const ipAddressType = input?.ipAddressType ?? (types[0] === 'PRIVATE' ? 'dualstack' : 'ipv4');
  if (types[0] === 'PRIVATE' && ipAddressType !== 'dualstack') throw badRequest('Only dualstack ipAddressType is supported for Private APIs.');
  const out: DomainEndpointConfiguration = { types: [...types], ipAddressType };
  if (input?.vpcEndpointIds?.length) out.vpcEndpointIds = input.vpcEndpointIds;
  return out;
}

const PEM_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

/**
 * Checks an uploaded certificate: the body parses as one PEM X.509 certificate, the private key
 * parses and belongs to it, the chain (if any) is PEM certificates. AWS's texts for these failures
 * are not recorded; these name the field and the fault.
 */
export function checkUploadedCertificate(body: string | undefined, privateKey: string | undefined, chain: string | undefined): UploadedCertificate | undefined {
  if (body === undefined || body === '') {
    if (privateKey || chain) throw badRequest('A certificate body is required when a certificate private key or chain is given');
    return undefined;
  }
  let cert: X509Certificate;
  try {
    cert = new X509Certificate(body);
  } catch {
    throw badRequest('Invalid certificate body: it must be a PEM-encoded X.509 certificate');
  }
  if (!privateKey) throw badRequest('A certificate private key is required with a certificate body');
  let key: KeyObject;
  try {
    key = createPrivateKey(privateKey);
  } catch {
    throw badRequest('Invalid certificate private key: it must be a PEM-encoded private key');
  }
  if (!cert.checkPrivateKey(key)) throw badRequest('The certificate private key does not match the certificate body');
  if (chain) {
    const blocks = chain.match(PEM_BLOCK) ?? [];
    if (blocks.length === 0) throw badRequest('Invalid certificate chain: it must be PEM-encoded X.509 certificates');
    for (const b of blocks) {
      try {
        new X509Certificate(b);
      } catch {
        throw badRequest('Invalid certificate chain: it must be PEM-encoded X.509 certificates');
      }
    }
  }
  return { body, privateKey, ...(chain ? { chain } : {}) };
}

type CreateDomainNameInput = Input<'CreateDomainName'>;

function mutualTls(input: { truststoreUri?: string; truststoreVersion?: string } | undefined): MutualTls | undefined {
  if (!input?.truststoreUri) return undefined;
  const out: MutualTls = { truststoreUri: input.truststoreUri };
  if (input.truststoreVersion) out.truststoreVersion = input.truststoreVersion;
  return out;
}

function buildDomain(input: CreateDomainNameInput, ctx: ControlContext, uploaded: UploadedCertificate | undefined): DomainName {
  const endpoint = endpointConfiguration(input.endpointConfiguration);
  const type = endpoint.types[0];
  const isPrivate = type === 'PRIVATE';
  // Private custom domain names carry an id and an ARN with the account
  // (aws-cli examples/apigateway/get-domain-names.rst: `…:012345678910:/domainnames/my.private.domain.tld+abcd1234`);
  // public ones an ARN with an empty account field (same example: `arn:aws:apigateway:us-east-1::/domainnames/…`).
  const domainNameId = isPrivate ? longId() : undefined;
  const d: DomainName = {
    domainName: input.domainName,
    domainNameId,
    domainNameArn: isPrivate
      ? `arn:aws:apigateway:${ctx.region}:${ctx.accountId}:/domainnames/${input.domainName}+${domainNameId}`
      : arnFor(ctx.region, `/domainnames/${input.domainName}`),
    certificateName: input.certificateName,
    certificateArn: input.certificateArn,
    regionalCertificateName: input.regionalCertificateName,
    regionalCertificateArn: input.regionalCertificateArn,
    endpointConfiguration: endpoint,
    domainNameStatus: 'AVAILABLE',
    // Not recorded: AWS fills securityPolicy when none is asked for; TLS_1_0 was the long-standing
    // default of public custom domains and private ones support TLS_1_2 only
    // (docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-custom-domain-tls-version.html).
    securityPolicy: input.securityPolicy ?? (isPrivate ? 'TLS_1_2' : 'TLS_1_0'),
    endpointAccessMode: input.endpointAccessMode,
    tags: input.tags ?? {},
    mutualTlsAuthentication: mutualTls(input.mutualTlsAuthentication),
    ownershipVerificationCertificateArn: input.ownershipVerificationCertificateArn,
    policy: input.policy,
    routingMode: input.routingMode,
    uploadedCertificate: uploaded,
  };
  // The aws-cli examples show certificateUploadDate for ACM certificates as well as uploaded ones.
  if (uploaded || input.certificateArn || input.regionalCertificateArn) d.certificateUploadDate = nowSeconds();
  if (type === 'EDGE') enableEdge(d);
  if (type === 'REGIONAL') enableRegional(d, ctx.region);
  return d;
}

const CERT_FIELDS = ['certificateName', 'certificateArn', 'regionalCertificateName', 'regionalCertificateArn'] as const;
type CertField = (typeof CERT_FIELDS)[number];
const CERT_PATHS: readonly string[] = CERT_FIELDS.map((f) => `/${f}`);

type DomainRule = PatchTable<DomainName>['rules'][number];

/** A certificate ARN or name; a new ARN is a new upload date. */
function certRule(field: CertField): DomainRule {
  return {
    path: `/${field}`,
    ops: ['add', 'replace', 'remove'],
    apply: (d, op) => {
      if (op.op === 'remove' || !op.value) {
        delete d[field];
        return;
      }
      d[field] = op.value;
      if (field === 'certificateArn' || field === 'regionalCertificateArn') d.certificateUploadDate = nowSeconds();
    },
  };
}

function privateOnly(field: 'policy' | 'managementPolicy'): DomainRule {
  return {
    path: `/${field}`,
    ops: ['replace'],
    apply: (d, op) => {
      // Not recorded: AWS documents these paths for private custom domain names only.
      if (!d.endpointConfiguration.types.includes('PRIVATE')) throw badRequest(`${field} can only be set on a private custom domain name`);
      if (op.value) d[field] = op.value;
      else delete d[field];
    },
  };
}

/** A member of the mutual TLS settings, which exist only with a truststore. */
function mtls(field: 'truststoreUri' | 'truststoreVersion'): DomainRule {
  return {
    path: `/mutualTlsAuthentication/${field}`,
    ops: ['add', 'replace', 'remove'],
    apply: (d, op) => {
      const m: MutualTls = { ...(d.mutualTlsAuthentication ?? {}) };
      if (op.op === 'remove' || !op.value) delete m[field];
      else m[field] = op.value;
      // Without a truststore there is no mutual TLS.
      if (m.truststoreUri) d.mutualTlsAuthentication = m;
      else delete d.mutualTlsAuthentication;
    },
  };
}

/** The types in AWS's order (public ones first), with the edge and regional targets they bring. */
function setTypes(d: DomainName, types: string[], region: string): void {
  d.endpointConfiguration.types = PUBLIC_TYPES.filter((t) => types.includes(t)).concat(types.filter((t) => !PUBLIC_TYPES.includes(t)));
  if (types.includes('EDGE')) enableEdge(d);
  else disableEdge(d);
  if (types.includes('REGIONAL')) enableRegional(d, region);
  else disableRegional(d);
}

/** `/endpointConfiguration/types`: migration by add and remove, and one type replaced in place. */
function endpointTypeRules(region: string): DomainRule[] {
  return [
    {
      // Migration between edge-optimized and Regional: add the new type, then remove the old one
      // (docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-regional-api-custom-domain-migrate.html).
      path: '/endpointConfiguration/types',
      ops: ['add', 'remove'],
      apply: (d, op) => {
        const value = op.value ?? '';
        const isPrivate = d.endpointConfiguration.types.includes('PRIVATE');
        if (!['EDGE', 'REGIONAL', 'PRIVATE'].includes(value)) throw badRequest('Invalid EndpointTypes specified. Valid options are REGIONAL,EDGE,PRIVATE');
        // Not recorded: "You can't migrate a public custom domain name to a private custom domain name" (same page).
        if (op.op === 'add' && (isPrivate || value === 'PRIVATE')) {
          throw badRequest('Cannot migrate between a public and a private custom domain name');
        }
        const types = d.endpointConfiguration.types.filter((t) => t !== value);
        if (op.op === 'add') types.push(value);
        setTypes(d, types, region);
      },
    },
    {
      // One type replaced in place, the path naming it by index or by name:
      // terraform-provider-aws (aws_api_gateway_domain_name) sends `replace /endpointConfiguration/types/0`
      // when the endpoint type changes. AWS's answer is not recorded; it is not refused.
      path: '/endpointConfiguration/types/*',
      ops: ['replace'],
      apply: (d, op, key) => {
        const value = op.value ?? '';
        if (!['EDGE', 'REGIONAL', 'PRIVATE'].includes(value)) throw badRequest('Invalid EndpointTypes specified. Valid options are REGIONAL,EDGE,PRIVATE');
        const types = [...d.endpointConfiguration.types];
        const at = /^\d+$/.test(key) ? Number(key) : types.indexOf(key);
        if (at < 0 || at >= types.length) throw badRequest('Invalid EndpointTypes specified. Valid options are REGIONAL,EDGE,PRIVATE');
        if ((types[at] === 'PRIVATE') !== (value === 'PRIVATE')) throw badRequest('Cannot migrate between a public and a private custom domain name');
        types[at] = value;
        setTypes(d, [...new Set(types)], region);
      },
    },
  ];
}

function domainPatchTable(region: string): PatchTable<DomainName> {
  return {
    rules: [
      ...CERT_FIELDS.map(certRule),
      ...endpointTypeRules(region),
      {
        path: '/endpointConfiguration/ipAddressType',
        ops: ['replace'],
        apply: (d, op) => {
          if (op.value !== 'ipv4' && op.value !== 'dualstack') throw badRequest('ipAddressType must be either ipv4 or dualstack.');
          if (d.endpointConfiguration.types.includes('PRIVATE') && op.value !== 'dualstack') {
            throw badRequest('Only dualstack ipAddressType is supported for Private APIs.');
          }
          d.endpointConfiguration.ipAddressType = op.value;
        },
      },
      {
        path: '/securityPolicy',
        ops: ['replace'],
        apply: (d, op) => {
          // Not recorded: the patch value is checked against the model's SecurityPolicy enum.
          if (!isEnumValue('SecurityPolicy', op.value)) throw badRequest(`Invalid security policy specified: ${op.value ?? ''}`);
          d.securityPolicy = op.value;
        },
      },
      {
        path: '/endpointAccessMode',
        ops: ['replace'],
        apply: (d, op) => {
          if (!isEnumValue('EndpointAccessMode', op.value)) throw badRequest(`Invalid endpoint access mode specified: ${op.value ?? ''}`);
          d.endpointAccessMode = op.value;
        },
      },
      {
        path: '/routingMode',
        ops: ['replace'],
        apply: (d, op) => {
          if (!isEnumValue('RoutingMode', op.value)) throw badRequest(`Invalid routing mode specified: ${op.value ?? ''}`);
          d.routingMode = op.value;
        },
      },
      privateOnly('policy'),
      privateOnly('managementPolicy'),
      mtls('truststoreUri'),
      mtls('truststoreVersion'),
      {
        path: '/ownershipVerificationCertificateArn',
        ops: ['add', 'replace', 'remove'],
        apply: (d, op) => {
          if (op.op === 'remove' || !op.value) delete d.ownershipVerificationCertificateArn;
          else d.ownershipVerificationCertificateArn = op.value;
        },
      },
    ],
  };
}

export const domainNameHandlers: Handlers = {
  async CreateDomainName(input, ctx) {
    if (!input.domainName) throw noDomainName();
    if (input.tags) checkTags(input.tags);
    // Parsing and matching the upload is pure CPU work: done before the transaction.
    const uploaded = checkUploadedCertificate(input.certificateBody, input.certificatePrivateKey, input.certificateChain);
    const domain = buildDomain(input, ctx, uploaded);
    await ctx.store.write(async (tx) => {
      const domains = domainNames.in(tx, ctx.region);
      if (await domains.has(input.domainName)) throw domainExists();
      await domains.insert(input.domainName, domain);
    });
    return createView(domain);
  },

  async GetDomainName(input, ctx) {
    return getView(await getDomain(ctx.store, ctx, input.domainName, input.domainNameId));
  },

  async GetDomainNames(input, ctx) {
    // This server is one account: no other account shares a private domain name with it.
    if (input.resourceOwner === 'OTHER_ACCOUNTS') return { items: [] };
    return pageOf<DomainName, DomainNameView>(domainNames.in(ctx.store, ctx.region), input, { map: listView });
  },

  async UpdateDomainName(input, ctx) {
    const ops = input.patchOperations ?? [];
    const certOps = ops.filter((o) => CERT_PATHS.includes(o.path ?? ''));
    // aws-behavior.md PATCH: certificate add and remove can't share a request (AWS's text not recorded).
    if (certOps.some((o) => o.op === 'add') && certOps.some((o) => o.op === 'remove')) {
      throw badRequest('Certificate add and remove operations cannot be combined in one request');
    }
    const domain = await ctx.store.write(async (tx) => {
      const current = await getDomain(tx, ctx, input.domainName, input.domainNameId);
      const next = applyPatch(current, ops, domainPatchTable(ctx.region));
      if (next.endpointConfiguration.types.length === 0) throw badRequest(BOTH_DISABLED);
      await domainNames.in(tx, ctx.region).update(next.domainName, next);
      return next;
    });
    return getView(domain);
  },

  async DeleteDomainName(input, ctx) {
    await ctx.store.write(async (tx) => {
      const domain = await getDomain(tx, ctx, input.domainName, input.domainNameId);
      await domainNames.in(tx, ctx.region).removeTree(input.domainName);
      // Its access associations go with it: they name the domain's ARN and nothing else.
      const associations = domainNameAccessAssociations.in(tx, ctx.region);
      for (const row of await associations.rows()) {
        if (row.body.domainNameArn === domain.domainNameArn) await associations.remove(row.id);
      }
    });
  },
};

/**
 * ImportCertificate, DescribeCertificate, GetCertificate, ListCertificates, DeleteCertificate
 * (https://docs.aws.amazon.com/acm/latest/APIReference/API_Operations.html) over the certificates held.ts finds.
 */
import { randomUUID } from 'node:crypto';
import { certificateArn, certificateStatus, checkImport, parseCertificateArn, type Certificate, type ImportProblem } from '../../domain/certificate.js';
import { Kind } from '../../domain/kinds.js';
import type { CertificateDetail, CertificateSummary, Tag } from './generated/types.js';
import type { Handlers } from './context.js';
import { certificateInUse, certificateNotFound, configuredReadOnly, validation } from './errors.js';
import { allHeld, heldOrThrow, inUseBy, type Held } from './held.js';

/**
 * ImportCertificate's ValidationException texts. ACM's API reference lists the rules (API_ImportCertificate.html: the
 * key must match, be unencrypted and PEM; the current time within Not Before / Not After); the texts are the open-source
 * emulators' (moto's moto/acm/models.py, used by LocalStack, for PEM and dates), not recorded from AWS; the key-match
 * and key-algorithm ones are Tollgate's.
 */
const IMPORT_TEXTS: Record<ImportProblem, string> = {
  certificate: 'The certificate is not PEM-encoded or is not valid.',
  privateKey: 'The private key is not PEM-encoded or is not valid.',
  chain: 'The certificate chain is not PEM-encoded or is not valid.',
  mismatch: 'The private key does not match the public key in the certificate.',
  expired: 'The certificate has expired, is not valid.',
  notYetValid: 'The certificate is not in effect yet, is not valid.',
  keyAlgorithm: 'The certificate key algorithm is not supported. Supported: RSA_1024, RSA_2048, RSA_3072, RSA_4096, EC_prime256v1, EC_secp384r1, EC_secp521r1.',
};

/** ACM's limit on a private key (API_ImportCertificate.html: "no larger than 5 KB (5,120 bytes)"). */
const MAX_KEY_BYTES = 5120;

const seconds = (d: Date): number => Math.floor(d.getTime() / 1000);

function detail(h: Held, inUse: string[]): CertificateDetail {
  const f = h.facts;
  return {
    CertificateArn: h.certificateArn,
    DomainName: f.domainName,
    SubjectAlternativeNames: f.subjectAlternativeNames,
    Serial: f.serial,
    Subject: f.subject,
    Issuer: f.issuer,
    ...(h.configured ? {} : { ImportedAt: h.importedAt }),
    Status: certificateStatus(f),
    NotBefore: seconds(f.notBefore),
    NotAfter: seconds(f.notAfter),
    // DescribeCertificate spells it with a hyphen (`RSA-2048`), unlike the enum ListCertificates filters by: a real
    // answer quoted in github.com/aws/aws-sdk-js/issues/2133 (`KeyAlgorithm: 'RSA-2048'`).
    KeyAlgorithm: f.keyAlgorithm?.replace('_', '-') as CertificateDetail['KeyAlgorithm'],
    InUseBy: inUse,
    Type: 'IMPORTED',
    // An imported certificate is never renewed by ACM (API_ImportCertificate.html: "ACM does not provide managed renewal").
    RenewalEligibility: 'INELIGIBLE',
  };
}

function summary(h: Held, inUse: boolean): CertificateSummary {
  const f = h.facts;
  return {
    CertificateArn: h.certificateArn,
    DomainName: f.domainName,
    SubjectAlternativeNameSummaries: f.subjectAlternativeNames,
    HasAdditionalSubjectAlternativeNames: false,
    Status: certificateStatus(f),
    Type: 'IMPORTED',
    KeyAlgorithm: f.keyAlgorithm as CertificateSummary['KeyAlgorithm'],
    InUse: inUse,
    RenewalEligibility: 'INELIGIBLE',
    NotBefore: seconds(f.notBefore),
    NotAfter: seconds(f.notAfter),
    ...(h.configured ? {} : { ImportedAt: h.importedAt }),
  };
}

/**
 * "Default filtering returns only RSA_1024 and RSA_2048 certificates that have at least one domain" (API_Filters.html,
 * keyTypes): a list without Includes.keyTypes leaves the others out, as ACM does.
 */
const DEFAULT_KEY_TYPES = ['RSA_1024', 'RSA_2048'];

/** A page token: the last ARN of the page before (opaque to callers, as ACM's is). */
const token = (arn: string): string => Buffer.from(arn).toString('base64url');
const fromToken = (t: string): string => Buffer.from(t, 'base64url').toString('utf8');

export const certificateHandlers: Handlers = {
  async ImportCertificate(input, ctx) {
    const cert = input.Certificate.toString('utf8');
    const key = input.PrivateKey.toString('utf8');
    const chain = input.CertificateChain?.toString('utf8');
    if (input.PrivateKey.length > MAX_KEY_BYTES) throw validation(IMPORT_TEXTS.privateKey);
    const checked = checkImport(cert, key, chain);
    if ('problem' in checked) throw validation(IMPORT_TEXTS[checked.problem]);
    const importedAt = Math.floor(Date.now() / 1000);
    return ctx.store.write(async (tx) => {
      if (input.CertificateArn !== undefined) {
        // A re-import keeps the ARN, its tags and what uses it (API_ImportCertificate.html, CertificateArn).
        const held = await heldOrThrow(ctx, input.CertificateArn, tx);
        if (held.configured) throw configuredReadOnly(held.certificateArn);
        const id = parseCertificateArn(held.certificateArn)!.id;
        const body: Certificate = { certificateArn: held.certificateArn, certificate: cert, privateKey: key, chain, importedAt, tags: held.tags };
        await tx.update(Kind.acmCertificate, ctx.region, id, body);
        return { CertificateArn: held.certificateArn };
      }
      const id = randomUUID();
      const arn = certificateArn(ctx.region, ctx.accountId, id);
      const body: Certificate = { certificateArn: arn, certificate: cert, privateKey: key, chain, importedAt, tags: mergeTags([], input.Tags ?? []) };
      await tx.insert(Kind.acmCertificate, ctx.region, id, body);
      return { CertificateArn: arn };
    });
  },

  async DescribeCertificate(input, ctx) {
    const held = await heldOrThrow(ctx, input.CertificateArn);
    return { Certificate: detail(held, await inUseBy(ctx.store, ctx.region, held.certificateArn)) };
  },

  async GetCertificate(input, ctx) {
    const held = await heldOrThrow(ctx, input.CertificateArn);
    return { Certificate: held.certificate, ...(held.chain ? { CertificateChain: held.chain } : {}) };
  },

  async ListCertificates(input, ctx) {
    const statuses = input.CertificateStatuses?.length ? input.CertificateStatuses : undefined;
    const keyTypes: string[] = input.Includes?.keyTypes?.length ? input.Includes.keyTypes : DEFAULT_KEY_TYPES;
    const all = (await allHeld(ctx)).filter(
      (h) => (!statuses || statuses.includes(certificateStatus(h.facts))) && keyTypes.includes(h.facts.keyAlgorithm ?? ''),
    );
    // MaxItems is 1 to 1000 (API_ListCertificates.html); out of range it is clamped here.
    const max = Math.min(Math.max(input.MaxItems ?? 1000, 1), 1000);
    let start = 0;
    if (input.NextToken !== undefined) {
      const after = all.findIndex((h) => h.certificateArn === fromToken(input.NextToken!));
      start = after + 1;
    }
    const page = all.slice(start, start + max);
    const used = await Promise.all(page.map((h) => inUseBy(ctx.store, ctx.region, h.certificateArn)));
    const more = start + max < all.length;
    return {
      CertificateSummaryList: page.map((h, i) => summary(h, used[i].length > 0)),
      ...(more ? { NextToken: token(page[page.length - 1].certificateArn) } : {}),
    };
  },

  async DeleteCertificate(input, ctx) {
    await ctx.store.write(async (tx) => {
      const held = await heldOrThrow(ctx, input.CertificateArn, tx);
      if (held.configured) throw configuredReadOnly(held.certificateArn);
      if ((await inUseBy(tx, ctx.region, held.certificateArn)).length) throw certificateInUse(held.certificateArn, ctx.accountId);
      if (!(await tx.delete(Kind.acmCertificate, ctx.region, parseCertificateArn(held.certificateArn)!.id))) throw certificateNotFound(held.certificateArn);
    });
  },
};

/** Tags added over `have`: a key given again takes the new value (API_AddTagsToCertificate.html). */
export function mergeTags(have: Certificate['tags'], add: Tag[]): Certificate['tags'] {
  const out = have.filter((t) => !add.some((a) => a.Key === t.Key));
  for (const a of add) out.push(a.Value === undefined ? { Key: a.Key } : { Key: a.Key, Value: a.Value });
  return out;
}

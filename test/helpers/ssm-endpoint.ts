/**
 * An SSM Parameter Store test endpoint behind SigV4 verification (helpers/signed-endpoint.ts), signed as
 * `ssm`, in the two protocols SSM answers: the JSON protocol its SDKs use (`X-Amz-Target:
 * AmazonSSM.GetParameter`, `application/x-amz-json-1.1`) and the query protocol API Gateway's `action/`
 * URIs send it (`?Action=GetParameter&Name=…`), answered in XML or, to `Accept: application/json`, in JSON
 * (rec: test_apigateway_ssm.py::test_get_parameter_query_protocol shows both answers of AWS). Answers as
 * https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_GetParameter.html shows them.
 */
import {
  jsonOperation,
  queryAnswer,
  queryError,
  queryParameters,
  startSignedEndpoint,
  type ServiceAnswer,
  type SignedEndpoint,
  type VerifiedRequest,
} from './signed-endpoint.js';

export interface Parameter {
  Name: string;
  Type: string;
  Value: string;
  Version: number;
  LastModifiedDate: Date;
  ARN: string;
  DataType: string;
}

export interface SsmEndpoint extends SignedEndpoint {
  put(name: string, value: string, type?: string): Parameter;
}

const JSON_1_1 = 'application/x-amz-json-1.1';
const XMLNS = 'http://ssm.amazonaws.com/doc/2014-11-06/';

export async function startSsmEndpoint(region = 'us-east-1', account = '000000000000'): Promise<SsmEndpoint> {
  const parameters = new Map<string, Parameter>();
  const put = (name: string, value: string, type = 'String'): Parameter => {
    const p = {
      Name: name,
      Type: type,
      Value: value,
      Version: (parameters.get(name)?.Version ?? 0) + 1,
      LastModifiedDate: new Date(),
      ARN: `arn:aws:ssm:${region}:${account}:parameter/${name.replace(/^\//, '')}`,
      DataType: 'text',
    };
    parameters.set(name, p);
    return p;
  };

  const handle = (r: VerifiedRequest): ServiceAnswer => {
    if (r.headers['x-amz-target'] !== undefined) {
      const call = jsonOperation(r, 'AmazonSSM', JSON_1_1);
      if ('status' in call) return call;
      const json = (status: number, body: object): ServiceAnswer => ({ status, headers: { 'Content-Type': JSON_1_1 }, body: JSON.stringify(body) });
      if (call.operation !== 'GetParameter') return json(400, { __type: 'UnknownOperationException' });
      const p = parameters.get(call.input.Name);
      if (!p) return json(400, { __type: 'ParameterNotFound' });
      return json(200, { Parameter: { ...p, LastModifiedDate: p.LastModifiedDate.getTime() / 1000 } });
    }
    const q = queryParameters(r);
    const action = q.get('Action');
    if (action !== 'GetParameter') return queryError(r, 400, 'InvalidAction', `The action ${action} is not valid for this web service.`);
    const p = parameters.get(q.get('Name') ?? '');
    if (!p) return queryError(r, 400, 'ParameterNotFound', '');
    // The JSON form carries every member (absent ones as null) and numbers as numbers; the XML omits the absent ones.
    const json = r.headers.accept?.includes('application/json');
    const parameter = {
      ARN: p.ARN,
      DataType: p.DataType,
      LastModifiedDate: json ? p.LastModifiedDate.getTime() / 1000 : p.LastModifiedDate.toISOString(),
      Name: p.Name,
      Selector: null,
      SourceResult: null,
      Type: p.Type,
      Value: p.Value,
      Version: p.Version,
    };
    return queryAnswer(r, 'GetParameter', XMLNS, { Parameter: parameter });
  };
  const endpoint = await startSignedEndpoint(handle, { service: 'ssm' });
  return Object.assign(endpoint, { put });
}

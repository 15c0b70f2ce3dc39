import { CypherFileError, loadCypher, parseHeader, statements } from '../../../db/cypher-files';

describe('parseHeader', () => {
  it('when the @name header is missing, then it throws', () => {
    expect(() => parseHeader('// @description x\nRETURN 1', 'x.cypher')).toThrow(CypherFileError);
  });

  it('when a parameter type is unknown, then it throws', () => {
    expect(() => parseHeader('// @name q\n// @description d\n// @param a map\nRETURN 1', 'q.cypher')).toThrow(
      /unknown parameter type/,
    );
  });

  it('when a default is not JSON, then it throws', () => {
    expect(() => parseHeader('// @name q\n// @description d\n// @param a integer = two\nRETURN 1', 'q.cypher')).toThrow(
      /not JSON/,
    );
  });

  it('when the header is complete, then names, descriptions and typed parameters are read', () => {
    const spec = parseHeader(
      [
        '// @name who-leads',
        '// @description People in posts',
        '// @description:zh 任职人员',
        '// @param scope string  A name or id',
        '// @param limit integer = 200  Maximum rows',
        'RETURN $scope',
      ].join('\n'),
      'who-leads.cypher',
    );
    expect(spec).toEqual({
      name: 'who-leads',
      title: { en: 'who-leads', zh: 'who-leads' },
      description: { en: 'People in posts', zh: '任职人员' },
      parameters: [
        { name: 'scope', type: 'string', description: 'A name or id' },
        { name: 'limit', type: 'integer', default: 200, description: 'Maximum rows' },
      ],
    });
  });
});

describe('parseHeader titles and Chinese parameter help', () => {
  it('when @title, @title:zh and @param:zh are given, then the spec has them beside the English', () => {
    const spec = parseHeader(
      [
        '// @name q',
        '// @title Who leads',
        '// @title:zh 谁领导',
        '// @description d',
        '// @param scope string  A name',
        '// @param:zh scope 名称',
        'RETURN $scope',
      ].join('\n'),
      'q.cypher',
    );
    expect(spec.title).toEqual({ en: 'Who leads', zh: '谁领导' });
    expect(spec.parameters).toEqual([{ name: 'scope', type: 'string', description: 'A name', descriptionZh: '名称' }]);
  });

  it('when @param:zh names no parameter declared above it, then the header is refused', () => {
    expect(() => parseHeader('// @name q\n// @description d\n// @param:zh x 某\nRETURN 1', 'q.cypher')).toThrow(
      CypherFileError,
    );
  });
});

describe('loadCypher', () => {
  it('when the name tries to leave the cypher folder, then it is refused', () => {
    expect(() => loadCypher('../package')).toThrow(CypherFileError);
  });

  it('when the file exists, then its text is returned', () => {
    expect(loadCypher('internal/health-counts')).toMatch(/\$labels/);
  });
});

describe('statements', () => {
  it('splits on semicolons at line ends and drops comment lines', () => {
    expect(statements('// c\nCREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.id);\n\nRETURN 1;\n')).toEqual([
      'CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.id)',
      'RETURN 1',
    ]);
  });
});

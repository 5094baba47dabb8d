import json,collections,sys
r=json.load(open(sys.argv[1]))
c=collections.Counter(); paths=collections.defaultdict(list)
for p in r['pluginReports']:
  for v in p.get('violations',[]):
    for res in v.get('violatingConstructs',[]):
      c[v['ruleName']]+=1; paths[v['ruleName']].append(res['constructPath'])
print('total',sum(c.values()))
for k,n in sorted(c.items()):
  print(n,k)
  for pth in paths[k][:int(sys.argv[2]) if len(sys.argv)>2 else 3]: print('     ',pth)
